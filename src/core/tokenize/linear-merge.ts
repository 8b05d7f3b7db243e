/**
 * Byte-pair merging in O(n log n) for long pieces.
 *
 * BPE merges, within one pre-tokenized piece, the adjacent pair with the lowest rank, the
 * leftmost on ties, until no pair has a rank. tiktoken and gpt-tokenizer rescan every pair after
 * each merge: quadratic, so a piece of 200,000 repeated characters (one piece to the
 * pre-tokenizer) takes tens of seconds. Here the parts are a linked list and the pairs a min-heap
 * ordered by (rank, start byte), one entry per part: each merge removes one pair and re-keys its
 * two neighbours. The order of merges, and so the tokens, is exactly the naive loop's.
 */

/** Rank of the bytes piece[start..end), or Infinity when they are not one token. */
export type RankOf = (start: number, end: number) => number

// Scratch space for the naive loop, reused: it runs once per short piece, hundreds of thousands
// of times on a megabyte, and allocating its arrays each time showed up in the profile.
let starts = new Int32Array(128)
let pairRanks = new Float64Array(128)
let partTokens = new Float64Array(128)

/**
 * The naive loop, as tiktoken runs it: fastest on the short pieces that make up most text.
 * The reference the linear merge is tested against.
 */
export function mergeNaive(length: number, rankOf: RankOf): number[] {
  const parts = mergeNaiveParts(length, rankOf)
  const out: number[] = new Array<number>(parts)
  for (let i = 0; i < parts; i++) out[i] = partTokens[i]! >= 0 ? partTokens[i]! : rankOf(starts[i]!, starts[i]! + 1)
  return out
}

/** The number of tokens `mergeNaive` gives, without listing them. */
export const countNaive: (length: number, rankOf: RankOf) => number = mergeNaiveParts

/** The naive loop: leaves the parts in the scratch arrays and returns how many there are. */
function mergeNaiveParts(length: number, rankOf: RankOf): number {
  if (starts.length <= length) {
    starts = new Int32Array(2 * length + 2)
    pairRanks = new Float64Array(2 * length + 2)
    partTokens = new Float64Array(2 * length + 2)
  }
  // Parts are starts[0..parts); pair i joins parts i and i + 1.
  let parts = length
  for (let i = 0; i <= length; i++) starts[i] = i
  for (let i = 0; i + 1 < length; i++) pairRanks[i] = rankOf(i, i + 2)
  partTokens.fill(-1, 0, length)
  while (parts > 1) {
    let lowest = Infinity
    let at = -1
    for (let i = 0; i + 1 < parts; i++) {
      if (pairRanks[i]! < lowest) {
        lowest = pairRanks[i]!
        at = i
      }
    }
    if (at < 0) break
    // Part at + 1 joins part at: drop its start, its token and the pair that joined them. (By
    // hand: on pieces this short, three calls of copyWithin cost more than the moves.)
    for (let i = at + 1; i < parts; i++) {
      starts[i] = starts[i + 1]!
      partTokens[i] = partTokens[i + 1]!
      pairRanks[i - 1] = pairRanks[i]!
    }
    parts--
    partTokens[at] = lowest
    if (at + 1 < parts) pairRanks[at] = rankOf(starts[at]!, starts[at + 2]!)
    if (at > 0) pairRanks[at - 1] = rankOf(starts[at - 1]!, starts[at + 1]!)
  }
  return parts
}

/** Token ranks of `length` bytes, merged by `rankOf`, in one go. */
export function mergeLinear(length: number, rankOf: RankOf): number[] {
  return tokensOf(mergeInOneGo(length, rankOf), rankOf)
}

/** The number of tokens `mergeLinear` gives, without listing them. */
export function countLinear(length: number, rankOf: RankOf): number {
  return mergeInOneGo(length, rankOf).count
}

function mergeInOneGo(length: number, rankOf: RankOf): MergedParts {
  // Nothing can run between the steps of this merge, so it takes the arrays every such merge
  // shares: allocating four typed arrays per piece was a fifth of the time on CJK in Chromium.
  if (!shared || shared.length < length) shared = new MergeArrays(Math.max(1024, 2 * length))
  return finish(mergeLinearSteps(length, rankOf, shared))
}

/** Work (pairs looked up or merged) between two pauses of `mergeLinearSteps`: about a millisecond. */
const STEP_WORK = 1 << 13

/** The parts a piece merged into: part i covers bytes i .. next[i]; the first starts at 0. */
export interface MergedParts {
  readonly length: number
  readonly next: Int32Array
  /** Number of parts, which is the number of tokens. */
  readonly count: number
}

/** The arrays a merge of up to `length` bytes works in. */
class MergeArrays {
  readonly next: Int32Array
  readonly prev: Int32Array
  readonly heap: PairHeap

  constructor(readonly length: number) {
    this.next = new Int32Array(length)
    this.prev = new Int32Array(length)
    this.heap = new PairHeap(length)
  }
}

let shared: MergeArrays | undefined

/**
 * Merges `length` bytes, pausing every few thousand pairs with the share of the work done (0–1),
 * so that a caller on the page's main thread can let events in: one piece of a million repeated
 * characters takes half a second, far over the 50 ms a task may take. A merge that pauses has
 * arrays of its own (another may run while it waits); `mergeLinear` lends it shared ones.
 */
export function* mergeLinearSteps(
  length: number,
  rankOf: RankOf,
  arrays = new MergeArrays(length),
): Generator<number, MergedParts, void> {
  if (length === 0) return { length, next: new Int32Array(0), count: 0 }
  // Part i covers bytes i .. next[i] (a part starts at its own index: merging never moves a
  // start, only removes the right one); prev[i] is the part before it, or -1.
  const { next, prev, heap } = arrays
  heap.clear()
  yield 0
  // Looking up the first pairs is half the work, the merges the other half.
  for (let i = 0; i < length; i++) {
    next[i] = i + 1
    prev[i] = i - 1
    if (i + 1 < length) heap.add(i, rankOf(i, i + 2))
    if ((i & (STEP_WORK - 1)) === STEP_WORK - 1) yield i / length / 2
  }
  yield* heap.heapify()
  let count = length
  while (heap.size > 0) {
    if ((count & (STEP_WORK - 1)) === 0) yield Math.min(1, 0.5 + (length - count) / length / 2)
    const left = heap.pop()
    // The right part joins the left one: the pair it started is gone, two pairs change.
    const right = next[left]!
    const end = next[right]!
    heap.remove(right)
    next[left] = end
    count--
    if (end < length) {
      prev[end] = left
      heap.set(left, rankOf(left, next[end]!))
    }
    const before = prev[left]!
    if (before >= 0) heap.set(before, rankOf(before, end))
  }
  return { length, next, count }
}

/** Token ranks of merged parts, in order (one lookup per part). */
export function tokensOf(parts: MergedParts, rankOf: RankOf): number[] {
  const out = new Array<number>(parts.count)
  for (let i = 0, k = 0; i < parts.length; i = parts.next[i]!) out[k++] = rankOf(i, parts.next[i]!)
  return out
}

/** Runs steps to the end without pausing and returns their result. */
export function finish<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * A binary min-heap holding at most one pair per part: the pair it starts, keyed by (rank,
 * start). A merge removes one pair and re-keys two, in place, so the heap never holds an outdated
 * entry and never grows past the first pairs. All in typed arrays sized once: a long piece has
 * millions of pairs, and growing arrays to that size (copies and the garbage they leave) held the
 * page for about 100 ms at a time.
 */
class PairHeap {
  /** Rank of the entry in each slot. */
  readonly #ranks: Float64Array
  /** Start of the entry in each slot (kept, not decoded from one key: a remainder of doubles is a call into C). */
  readonly #starts: Int32Array
  /** For each start, its slot + 1, or 0 with no entry. */
  readonly #slotPlusOne: Int32Array
  #size = 0

  constructor(starts: number) {
    this.#ranks = new Float64Array(Math.max(starts, 1))
    this.#starts = new Int32Array(Math.max(starts, 1))
    this.#slotPlusOne = new Int32Array(Math.max(starts, 1))
  }

  get size(): number {
    return this.#size
  }

  /** Empties the heap (its arrays are reused from merge to merge). */
  clear(): void {
    for (let slot = 0; slot < this.#size; slot++) this.#slotPlusOne[this.#starts[slot]!] = 0
    this.#size = 0
  }

  /** Adds a pair without ordering the heap: before `heapify`, in any order. */
  add(start: number, rank: number): void {
    if (rank === Infinity) return
    this.#put(this.#size++, rank, start)
  }

  /** Orders the entries added (Floyd's bottom-up build, linear), pausing now and then. */
  *heapify(): Generator<number, void, void> {
    for (let slot = (this.#size >> 1) - 1; slot >= 0; slot--) {
      this.#down(slot, this.#ranks[slot]!, this.#starts[slot]!)
      if ((slot & (STEP_WORK - 1)) === 0) yield 0.5
    }
  }

  /** Removes the smallest entry and returns its start. */
  pop(): number {
    const start = this.#starts[0]!
    this.#removeSlot(0, start)
    return start
  }

  /** Removes the pair that starts at `start`, if there is one. */
  remove(start: number): void {
    const slot = this.#slotPlusOne[start]! - 1
    if (slot >= 0) this.#removeSlot(slot, start)
  }

  /** Sets the rank of the pair that starts at `start` (Infinity: no such token, no entry). */
  set(start: number, rank: number): void {
    if (rank === Infinity) return this.remove(start)
    const slot = this.#slotPlusOne[start]! - 1
    if (slot < 0) this.#up(this.#size++, rank, start)
    else if (rank < this.#ranks[slot]!) this.#up(slot, rank, start)
    else this.#down(slot, rank, start)
  }

  #removeSlot(slot: number, start: number): void {
    this.#slotPlusOne[start] = 0
    const last = --this.#size
    if (slot === last) return
    const rank = this.#ranks[last]!
    const lastStart = this.#starts[last]!
    if (slot > 0 && this.#orders(rank, lastStart, (slot - 1) >> 1)) this.#up(slot, rank, lastStart)
    else this.#down(slot, rank, lastStart)
  }

  /** Whether (rank, start) comes before the entry at `slot`: a lower rank, or the same rank further left. */
  #orders(rank: number, start: number, slot: number): boolean {
    const other = this.#ranks[slot]!
    return rank < other || (rank === other && start < this.#starts[slot]!)
  }

  /** Places (rank, start) at `slot` or above it. */
  #up(slot: number, rank: number, start: number): void {
    while (slot > 0) {
      const parent = (slot - 1) >> 1
      if (!this.#orders(rank, start, parent)) break
      this.#put(slot, this.#ranks[parent]!, this.#starts[parent]!)
      slot = parent
    }
    this.#put(slot, rank, start)
  }

  /** Places (rank, start) at `slot` or below it. */
  #down(slot: number, rank: number, start: number): void {
    const size = this.#size
    for (;;) {
      let child = 2 * slot + 1
      if (child >= size) break
      if (child + 1 < size && this.#orders(this.#ranks[child + 1]!, this.#starts[child + 1]!, child)) child++
      if (this.#orders(rank, start, child)) break
      this.#put(slot, this.#ranks[child]!, this.#starts[child]!)
      slot = child
    }
    this.#put(slot, rank, start)
  }

  #put(slot: number, rank: number, start: number): void {
    this.#ranks[slot] = rank
    this.#starts[slot] = start
    this.#slotPlusOne[start] = slot + 1
  }
}

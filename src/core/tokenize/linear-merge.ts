/**
 * Byte-pair merging in O(n log n) for long pieces.
 *
 * BPE merges, within one pre-tokenized piece, the adjacent pair with the lowest rank, the
 * leftmost on ties, until no pair has a rank. tiktoken and gpt-tokenizer rescan every pair after
 * each merge: quadratic, so a piece of 200,000 repeated characters (one piece to the
 * pre-tokenizer) takes tens of seconds. Here the parts are a linked list and the candidate pairs a
 * min-heap ordered by (rank, start byte): each merge touches two neighbours and pushes two
 * entries; outdated entries are skipped when popped. The order of merges, and so the tokens, is
 * exactly the naive loop's.
 */

/** Rank of the bytes piece[start..end), or Infinity when they are not one token. */
export type RankOf = (start: number, end: number) => number

// A merged part's token is the pair that made it, whose rank is known at the merge; only parts
// left as single bytes need a lookup at the end. That saves a third of all lookups.

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
    // Part at + 1 joins part at: drop its start, its token and the pair that joined them.
    starts.copyWithin(at + 1, at + 2, parts + 1)
    partTokens.copyWithin(at + 1, at + 2, parts)
    pairRanks.copyWithin(at, at + 1, parts - 1)
    parts--
    partTokens[at] = lowest
    if (at + 1 < parts) pairRanks[at] = rankOf(starts[at]!, starts[at + 2]!)
    if (at > 0) pairRanks[at - 1] = rankOf(starts[at - 1]!, starts[at + 1]!)
  }
  const out: number[] = new Array<number>(parts)
  for (let i = 0; i < parts; i++) out[i] = partTokens[i]! >= 0 ? partTokens[i]! : rankOf(starts[i]!, starts[i]! + 1)
  return out
}

/** Token ranks of `length` bytes, merged by `rankOf`. */
export function mergeLinear(length: number, rankOf: RankOf): number[] {
  return finish(mergeLinearSteps(length, rankOf))
}

/** Work (pairs looked up or merged) between two pauses of `mergeLinearSteps`: about a millisecond. */
const STEP_WORK = 1 << 13

/**
 * As `mergeLinear`, pausing every few thousand pairs with the share of the work done (0–1), so
 * that a caller on the page's main thread can let events in: one piece of a million repeated
 * characters takes half a second, far over the 50 ms a task may take.
 */
export function* mergeLinearSteps(length: number, rankOf: RankOf): Generator<number, number[], void> {
  if (length === 0) return []
  // Part i covers bytes i .. next[i] (a part starts at its own index: merging never moves a
  // start, only removes the right one). Removed parts are skipped. Typed arrays start as zeros
  // without a pass over them, so 0 means "not merged away" and "no token yet" (tokens are kept
  // as rank + 1): filling five arrays of a million entries held the page for a quarter second.
  const next = new Int32Array(length)
  const prev = new Int32Array(length)
  const removed = new Uint8Array(length)
  const tokenPlusOne = new Int32Array(length)

  // Looking up the first pairs is half the work, the merges the other half.
  const heap = new PairHeap(length)
  for (let i = 0; i < length; i++) {
    next[i] = i + 1
    prev[i] = i - 1
    if (i + 1 < length) {
      const rank = rankOf(i, i + 2)
      if (rank !== Infinity) heap.push(rank, i, i + 2)
    }
    if ((i & (STEP_WORK - 1)) === STEP_WORK - 1) yield i / length / 2
  }
  let popped = 0
  while (heap.size > 0) {
    if ((++popped & (STEP_WORK - 1)) === 0) yield Math.min(1, 0.5 + popped / length / 4)
    const rank = heap.topRank()
    const end = heap.topEnd()
    const left = heap.pop()
    // Outdated: the part was merged away, or it or its right neighbour grew since the push.
    // Parts only grow, so a pair whose span is unchanged is the same bytes, with the same rank.
    const right = next[left]!
    if (removed[left] === 1 || right >= length || next[right] !== end) continue
    removed[right] = 1
    tokenPlusOne[left] = rank + 1
    next[left] = end
    if (end < length) {
      prev[end] = left
      const after = rankOf(left, next[end]!)
      if (after !== Infinity) heap.push(after, left, next[end]!)
    }
    const before = prev[left]!
    if (before >= 0) {
      const rankBefore = rankOf(before, end)
      if (rankBefore !== Infinity) heap.push(rankBefore, before, end)
    }
  }
  const out: number[] = []
  for (let i = 0; i < length; i = next[i]!) {
    out.push(tokenPlusOne[i]! > 0 ? tokenPlusOne[i]! - 1 : rankOf(i, i + 1))
    if ((out.length & (STEP_WORK - 1)) === 0) yield 1
  }
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
 * A binary min-heap of pairs (rank, start, end), smaller start first on equal ranks. Kept in
 * typed arrays that double when full: a long piece pushes millions of pairs, and growing plain
 * arrays to that size held the page for hundreds of milliseconds at a time in copies and
 * garbage collection.
 */
class PairHeap {
  #ranks: Int32Array
  #starts: Int32Array
  #ends: Int32Array
  #size = 0

  constructor(capacity: number) {
    this.#ranks = new Int32Array(Math.max(capacity, 16))
    this.#starts = new Int32Array(this.#ranks.length)
    this.#ends = new Int32Array(this.#ranks.length)
  }

  get size(): number {
    return this.#size
  }

  topRank(): number {
    return this.#ranks[0]!
  }

  topEnd(): number {
    return this.#ends[0]!
  }

  push(rank: number, start: number, end: number): void {
    if (this.#size === this.#ranks.length) this.#grow()
    let i = this.#size++
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.#less(rank, start, parent)) break
      this.#move(parent, i)
      i = parent
    }
    this.#set(i, rank, start, end)
  }

  /** Removes the smallest entry and returns its start. */
  pop(): number {
    const top = this.#starts[0]!
    const n = --this.#size
    if (n === 0) return top
    const rank = this.#ranks[n]!
    const start = this.#starts[n]!
    const end = this.#ends[n]!
    let i = 0
    for (;;) {
      let child = 2 * i + 1
      if (child >= n) break
      if (child + 1 < n && this.#less(this.#ranks[child + 1]!, this.#starts[child + 1]!, child)) child++
      if (this.#less(rank, start, child)) break
      this.#move(child, i)
      i = child
    }
    this.#set(i, rank, start, end)
    return top
  }

  /** Whether (rank, start) comes before entry i. */
  #less(rank: number, start: number, i: number): boolean {
    const other = this.#ranks[i]!
    return rank < other || (rank === other && start < this.#starts[i]!)
  }

  #move(from: number, to: number): void {
    this.#set(to, this.#ranks[from]!, this.#starts[from]!, this.#ends[from]!)
  }

  #set(i: number, rank: number, start: number, end: number): void {
    this.#ranks[i] = rank
    this.#starts[i] = start
    this.#ends[i] = end
  }

  #grow(): void {
    const grown = (old: Int32Array) => {
      const next = new Int32Array(old.length * 2)
      next.set(old)
      return next
    }
    this.#ranks = grown(this.#ranks)
    this.#starts = grown(this.#starts)
    this.#ends = grown(this.#ends)
  }
}

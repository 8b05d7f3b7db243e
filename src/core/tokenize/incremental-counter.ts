import type { EditedText, TextInput } from '../text/edited-text.ts'
import type { CountRange, EncodingName } from './encodings.ts'
import { yieldToEvents } from '../yield-to-events.ts'
import { nextSafeSplit, SPLIT_CONTEXT_CHARS } from './safe-splits.ts'

/** The first safe split at or after `from` and before `to`, or -1 (see safe-splits.ts). */
export type NextSplit = (text: string, from: number, to: number) => number

/** Chunks are cut at the first safe split after this many characters. */
const CHUNK_CHARS = 32_768
/**
 * Work between yields, so a newer request gets a turn: in the worker it bounds how long a stale
 * count runs on; on the main thread (the fallback) it keeps the page answering. (A garbage
 * collection inside a slice can still stretch it past 50 ms: `npm run bench` shows by how much.)
 */
const SLICE_MS = 15
/**
 * A range that runs this far past a chunk's length before a safe split (a million "a"s, a run of
 * digits: text with no safe split for a long way) is counted in steps, with pauses inside it.
 */
const STEPPED_CHUNKS = 1.25
/** Characters looked through for a safe split between two chances to pause. */
const SEARCH_CHARS = 1 << 18

interface Chunk {
  start: number
  end: number
  tokens: number
}

/** The chunks kept from the start and (shifted) from the end; the gap between is counted anew. */
interface Reuse {
  kept: Chunk[]
  gapStart: number
  tail: Chunk[]
  gapEnd: number
}

export interface CountOptions {
  /** Asked between chunks: true once a newer text makes this count pointless. */
  isStale?: () => boolean
  /** Called between chunks of a long count with the share done, 0–1. */
  onProgress?: (done: number) => void
}

export class StaleCountError extends Error {
  constructor() {
    super('a newer text replaced this one')
  }
}

/**
 * Counts one text box as it changes. The text is cut into chunks at safe splits and each
 * chunk's count is kept; after an edit only the chunks it touched are counted again (the
 * unchanged start and end of the text are found by comparing it with the last one). A count
 * that is cancelled keeps the chunks it finished, so the next one starts from there.
 */
export class IncrementalCounter {
  #text = ''
  /** Consecutive chunks from the start of #text; they may stop short of its end. */
  #chunks: Chunk[] = []
  readonly #count: CountRange
  readonly #nextSplit: NextSplit
  readonly #chunkChars: number
  readonly #sliceMs: number

  /**
   * `splits`: an encoding, whose safe splits are known, or a vocabulary's own rule. `chunkChars`
   * and `sliceMs` are for tests, which need many chunks and yields on small texts, and for the
   * worker's warm-up, which must give way to a request at once.
   */
  constructor(
    count: CountRange,
    splits: EncodingName | NextSplit,
    { chunkChars = CHUNK_CHARS, sliceMs = SLICE_MS } = {},
  ) {
    this.#count = count
    this.#nextSplit = typeof splits === 'function' ? splits : (text, from, to) => nextSafeSplit(text, from, to, splits)
    this.#chunkChars = chunkChars
    this.#sliceMs = sliceMs
  }

  /**
   * The text's tokens. Given as an edit of the text counted last (an `EditedText`), the chunks
   * it left alone are known by their places, and only the part around it is read, through
   * `slice`: the text itself is never read (at 10 MB, its first read copies it, ~60 ms).
   */
  async count(input: TextInput, options: CountOptions = {}): Promise<number> {
    const text = typeof input === 'string' ? input : input.text
    const afterEdit = typeof input === 'string' || input.base !== this.#text ? undefined : this.#reuseEdit(input)
    const { kept, gapStart, tail, gapEnd } = afterEdit ?? this.#reuse(text)
    // What the gap is read from, and where that starts in the text.
    const base = afterEdit ? Math.max(0, gapStart - SPLIT_CONTEXT_CHARS) : 0
    const source =
      afterEdit && typeof input !== 'string'
        ? input.slice(base, Math.min(text.length, gapEnd + SPLIT_CONTEXT_CHARS))
        : text
    const chunks = kept
    let sliceStart = now()
    const total = text.length
    /** Lets events in once a slice of work is done (or now); throws if that made this count stale. */
    const pause = async (reached: number, force = false) => {
      if (!force && now() - sliceStart < this.#sliceMs) return
      this.#text = text
      this.#chunks = chunks
      options.onProgress?.(reached / total)
      await yieldToEvents()
      if (options.isStale?.()) throw new StaleCountError()
      sliceStart = now()
    }
    /**
     * Where the chunk from `start` ends: at the first safe split past a chunk's length. Looked
     * for a stretch at a time, with pauses: scanning 5 MB of one letter, which has none, would
     * otherwise be a task of its own.
     */
    const chunkEnd = async (start: number) => {
      for (let from = start + this.#chunkChars; from < gapEnd; from += SEARCH_CHARS) {
        const cut = this.#nextSplit(source, from - base, Math.min(gapEnd, from + SEARCH_CHARS) - base)
        if (cut >= 0) return cut + base
        await pause(start)
      }
      return gapEnd
    }
    for (let start = gapStart; start < gapEnd;) {
      const end = await chunkEnd(start)
      let tokens: number
      if (end - start <= STEPPED_CHUNKS * this.#chunkChars) tokens = this.#count(source, start - base, end - base)
      else {
        // Its first step (finding a piece of megabytes, say) may take a while: it starts a slice.
        await pause(start, true)
        const steps = this.#count.steps(source, start - base, end - base)
        for (let step = steps.next(); ; step = steps.next()) {
          if (step.done) {
            tokens = step.value
            break
          }
          await pause(step.value + base)
        }
      }
      chunks.push({ start, end, tokens })
      start = end
      if (start < gapEnd) await pause(start)
    }
    chunks.push(...tail)
    this.#text = text
    this.#chunks = chunks
    return chunks.reduce((sum, chunk) => sum + chunk.tokens, 0)
  }

  /**
   * Which chunks of the last text still hold after `edit` of it, by their places alone: those
   * that end at least two characters before it (a split depends on the characters after it) and
   * those that start at least one after it, shifted. Undefined where the last count did not
   * finish: the chunks it left are then compared with the text (`#reuse`).
   */
  #reuseEdit(edit: EditedText): Reuse | undefined {
    const old = this.#text
    const oldChunks = this.#chunks
    if ((oldChunks.at(-1)?.end ?? 0) !== old.length) return undefined
    const kept: Chunk[] = []
    for (const chunk of oldChunks) {
      if (chunk.end + 2 > edit.from) break
      kept.push(chunk)
    }
    const shift = edit.insertLength - (edit.to - edit.from)
    const tail: Chunk[] = []
    for (let i = oldChunks.length - 1; i >= kept.length; i--) {
      const chunk = oldChunks[i]!
      if (chunk.start < 1 || chunk.start - 1 < edit.to) break
      tail.unshift({ start: chunk.start + shift, end: chunk.end + shift, tokens: chunk.tokens })
    }
    const length = old.length + shift
    return { kept, gapStart: kept.at(-1)?.end ?? 0, tail, gapEnd: tail[0]?.start ?? length }
  }

  /**
   * Which chunks of the last text still hold: from the start, each chunk found unchanged at its
   * place, together with the two characters after it (a split depends on the characters around
   * it); from the end, each chunk found unchanged at its shifted place, with the character
   * before it. The gap between is counted anew. Comparing whole chunks is native string
   * comparison, far faster than walking a megabyte character by character.
   */
  #reuse(text: string): Reuse {
    const old = this.#text
    const oldChunks = this.#chunks
    const kept: Chunk[] = []
    for (const chunk of oldChunks) {
      const atEnd = chunk.end === old.length
      if (atEnd && text.length !== old.length) break
      if (!text.startsWith(old.slice(chunk.start, chunk.end + 2), chunk.start)) break
      kept.push(chunk)
    }
    const gapStart = kept.at(-1)?.end ?? 0
    const tail: Chunk[] = []
    const covered = oldChunks.at(-1)?.end ?? 0
    if (covered === old.length && gapStart < text.length) {
      const shift = text.length - old.length
      for (let i = oldChunks.length - 1; i >= kept.length; i--) {
        const chunk = oldChunks[i]!
        const start = chunk.start + shift
        if (chunk.start < 1 || start - 1 < gapStart) break
        if (!text.startsWith(old.slice(chunk.start - 1, chunk.end), start - 1)) break
        tail.unshift({ start, end: chunk.end + shift, tokens: chunk.tokens })
      }
    }
    return { kept, gapStart, tail, gapEnd: tail[0]?.start ?? text.length }
  }
}

const now = () => performance.now()

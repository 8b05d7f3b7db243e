import type { CountText, EncodingName } from './encodings.ts'
import { nextSafeSplit } from './safe-splits.ts'

/** Chunks are cut at the first safe split after this many characters. */
export const CHUNK_CHARS = 16_384
/** Work between yields, so a newer request (or the page, on the main thread) gets a turn. */
const SLICE_MS = 8

interface Chunk {
  start: number
  end: number
  tokens: number
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
  readonly #count: CountText
  readonly #encoding: EncodingName
  readonly #chunkChars: number
  readonly #sliceMs: number

  /** `chunkChars` and `sliceMs` are for tests, which need many chunks and yields on small texts. */
  constructor(count: CountText, encoding: EncodingName, { chunkChars = CHUNK_CHARS, sliceMs = SLICE_MS } = {}) {
    this.#count = count
    this.#encoding = encoding
    this.#chunkChars = chunkChars
    this.#sliceMs = sliceMs
  }

  async count(text: string, options: CountOptions = {}): Promise<number> {
    const { kept, gapStart, tail, gapEnd } = this.#reuse(text)
    const chunks = kept
    let sliceStart = now()
    const total = text.length
    for (let start = gapStart; start < gapEnd; ) {
      const cut = nextSafeSplit(text, start + this.#chunkChars, gapEnd, this.#encoding)
      const end = cut < 0 ? gapEnd : cut
      chunks.push({ start, end, tokens: this.#count(text.slice(start, end)) })
      start = end
      if (now() - sliceStart >= this.#sliceMs && start < gapEnd) {
        this.#text = text
        this.#chunks = chunks
        options.onProgress?.(start / total)
        await new Promise((resolve) => setTimeout(resolve, 0))
        if (options.isStale?.()) throw new StaleCountError()
        sliceStart = now()
      }
    }
    chunks.push(...tail)
    this.#text = text
    this.#chunks = chunks
    return chunks.reduce((sum, chunk) => sum + chunk.tokens, 0)
  }

  /**
   * Which chunks of the last text still hold: those in the unchanged start whose end is a split
   * in the new text too (the three characters around it unchanged), and those in the unchanged
   * end, shifted. The gap between is counted anew.
   */
  #reuse(text: string): { kept: Chunk[]; gapStart: number; tail: Chunk[]; gapEnd: number } {
    const old = this.#text
    const oldChunks = this.#chunks
    const covered = oldChunks.at(-1)?.end ?? 0
    if (text === old && covered === old.length) return { kept: [...oldChunks], gapStart: text.length, tail: [], gapEnd: text.length }
    const limit = Math.min(old.length, text.length)
    let prefix = 0
    while (prefix < limit && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++
    let suffix = 0
    while (suffix < limit - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++

    const kept: Chunk[] = []
    for (const chunk of oldChunks) {
      if (chunk.end + 1 >= prefix) break
      kept.push(chunk)
    }
    const gapStart = kept.at(-1)?.end ?? 0
    const shift = text.length - old.length
    const suffixStart = old.length - suffix
    const tail: Chunk[] = []
    if (covered === old.length) {
      for (const chunk of oldChunks) {
        if (chunk.start - 1 >= suffixStart && chunk.start + shift >= gapStart) tail.push({ start: chunk.start + shift, end: chunk.end + shift, tokens: chunk.tokens })
      }
    }
    return { kept, gapStart, tail, gapEnd: tail[0]?.start ?? text.length }
  }
}

const now = () => performance.now()

import type { Tokens } from '../units.ts'
import { plainTextCounter } from './count-plain-text.ts'
import { asciiPieceEnd } from './ascii-pieces.ts'
import { LETTER_PIECE_ENDS } from './letter-pieces.ts'
import { pieceMerger } from './piece-merger.ts'
import { PRE_TOKENIZER_PATTERNS } from './pre-tokenizers.ts'
import { TokenTable, type RankData } from './token-table.ts'
import { everyBranchTexts } from './warm-up-texts.ts'
import type { TokenSegment } from './token-segments.ts'

import type { EncodingName } from './encoding-names.ts'

export { ENCODING_NAMES, type EncodingName } from './encoding-names.ts'

/** Counts the tokens of one piece of text in one encoding. */
export type CountText = (text: string) => Tokens
/** As CountText, or counts the part [from, to) of the text; both ends must be safe splits (safe-splits.ts). */
export interface CountRange {
  (text: string, from?: number, to?: number): Tokens
  /** The same count, pausing now and then with the offset reached (count-plain-text.ts). */
  steps(text: string, from?: number, to?: number): Generator<number, number, void>
  /** The tokens themselves, as segments of whole characters (token-segments.ts). */
  segments(text: string, from?: number, to?: number): TokenSegment[]
}

// Each rank table is its own dynamic import, so bundlers emit it as a separate chunk that is
// fetched only when a model needing it is compared. Only gpt-tokenizer's published rank data is
// used: the pre-tokenizer, the lookups and the merging are ours (see README.md here).
const loadRankData: Record<EncodingName, () => Promise<RankData>> = {
  o200k_base: () => import('gpt-tokenizer/bpeRanks/o200k_base').then((m) => m.default),
  cl100k_base: () => import('gpt-tokenizer/bpeRanks/cl100k_base').then((m) => m.default),
}

const ASCII_PIECE_ENDS: Record<EncodingName, typeof asciiPieceEnd | undefined> = {
  o200k_base: asciiPieceEnd,
  cl100k_base: undefined,
}

const loaded = new Map<EncodingName, Promise<CountRange>>()
const caches = new Set<{ clearCache(): void }>()
/** Counters loaded and not yet readied (`readyCounters`). */
const unready: (() => void)[] = []

/**
 * Readies every counter loaded so far for speed, at once: its short ASCII tokens packed
 * (token-table.ts) and every branch of its code taken once (`everyBranchTexts`), 20–40 ms the
 * first time. Counts are the same before. Not done as an encoding loads, which is before the
 * page's first count (the worker loads it while the page fetches its prices): that count could
 * have waited for it; `countPrompt` readies them in the task after a count instead.
 */
export function readyCounters(): void {
  for (const ready of unready.splice(0)) ready()
}

/** Forgets every remembered merge, so a benchmark can time counts that start cold. */
export function clearMergeCaches(): void {
  for (const counter of caches) counter.clearCache()
}

/**
 * Loads an encoding's rank table (once) and returns a counter for it. Counts equal OpenAI's
 * tiktoken `encode_ordinary` (message content: `<|endoftext|>` typed by a person is text).
 */
export function loadCounter(name: EncodingName): Promise<CountRange> {
  let counter = loaded.get(name)
  if (!counter) {
    counter = loadRankData[name]().then((data) => {
      const table = TokenTable.fromRankData(data)
      const count = plainTextCounter(
        PRE_TOKENIZER_PATTERNS[name],
        pieceMerger(table),
        LETTER_PIECE_ENDS[name],
        ASCII_PIECE_ENDS[name],
      )
      caches.add(count)
      unready.push(() => {
        // Only the encodings whose ASCII pieces are found by hand look them up packed.
        if (ASCII_PIECE_ENDS[name]) table.packShortAscii()
        for (const text of everyBranchTexts()) count(text)
        count.clearCache()
      })
      return Object.assign((text: string, from?: number, to?: number) => count(text, from, to) as Tokens, {
        steps: count.steps,
        segments: count.segments,
      })
    })
    // A failed load (e.g. a network hiccup fetching the chunk) must not be cached forever.
    counter.catch(() => loaded.delete(name))
    loaded.set(name, counter)
  }
  return counter
}

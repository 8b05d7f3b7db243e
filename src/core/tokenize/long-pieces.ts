import { mergeLinear, mergeNaive, type RankOf } from './linear-merge.ts'

/** The parts of gpt-tokenizer's BytePairEncodingCore this module uses (private in its types). */
interface BpeCore {
  bytePairRankDecoder: readonly (string | readonly number[] | undefined)[]
  bytePairStringRankEncoder: Map<string, number>
  getBpeRankFromBytes(bytes: Uint8Array): number | undefined
  bytePairEncode(piece: string): number[]
  setMergeCacheSize(size: number): void
}

/** Pieces longer than this (in bytes) merge in O(n log n); shorter ones in the naive loop. */
export const LONG_PIECE_BYTES = 64

// eslint-disable-next-line no-control-regex -- ASCII is exactly U+0000–U+007F
const ASCII = /^[\x00-\x7f]*$/
const MERGE_CACHE_SIZE = 10_000

/**
 * Replaces gpt-tokenizer's merge step: same rank tables, same pre-tokenizer, same tokens.
 * - Long pieces merge with a heap (linear-merge.ts) instead of the quadratic loop.
 * - ASCII pieces look pairs up by substring; gpt-tokenizer decodes UTF-8 for every pair.
 * - A merge cache that empties when full: gpt-tokenizer evicts one entry at a time from a full
 *   Map of 100,000 pieces, which scans ever more deleted slots; on a megabyte of base64 that made
 *   the second count several times slower than the first.
 */
export function installLinearMerge(encoding: object): void {
  const core = (encoding as { bytePairEncodingCoreProcessor?: BpeCore }).bytePairEncodingCoreProcessor
  if (!core || typeof core.bytePairEncode !== 'function' || !(core.bytePairStringRankEncoder instanceof Map)) {
    throw new Error('gpt-tokenizer changed its internals: the linear merge cannot be installed')
  }
  core.setMergeCacheSize(0)
  const ranks = core.bytePairStringRankEncoder
  const maxTokenBytes = longestTokenBytes(core)
  const encoder = new TextEncoder()
  const merge = (length: number, rankOf: RankOf) => (length > LONG_PIECE_BYTES ? mergeLinear(length, rankOf) : mergeNaive(length, rankOf))

  const cache = new Map<string, number[]>()
  const encode = (piece: string): number[] => {
    if (ASCII.test(piece)) {
      // Byte offsets are string offsets.
      return merge(piece.length, (start, end) => (end - start > maxTokenBytes ? Infinity : (ranks.get(piece.slice(start, end)) ?? Infinity)))
    }
    const bytes = encoder.encode(piece)
    return merge(bytes.length, (start, end) => (end - start > maxTokenBytes ? Infinity : (core.getBpeRankFromBytes(bytes.subarray(start, end)) ?? Infinity)))
  }
  core.bytePairEncode = (piece) => {
    if (piece.length > LONG_PIECE_BYTES) return encode(piece)
    let tokens = cache.get(piece)
    if (tokens === undefined) {
      tokens = encode(piece)
      if (cache.size >= MERGE_CACHE_SIZE) cache.clear()
      cache.set(piece, tokens)
    }
    return tokens
  }
}

// No pair longer than the longest token can have a rank; knowing that keeps lookups short.
function longestTokenBytes(core: BpeCore): number {
  const encoder = new TextEncoder()
  let longest = 0
  for (const token of core.bytePairRankDecoder) {
    if (token === undefined) continue
    const bytes = typeof token === 'string' ? (ASCII.test(token) ? token.length : encoder.encode(token).length) : token.length
    if (bytes > longest) longest = bytes
  }
  return longest
}

import { mergeLinear, mergeNaive, type RankOf } from './linear-merge.ts'

/** The parts of gpt-tokenizer's BytePairEncodingCore this module uses (private in its types). */
interface BpeCore {
  bytePairRankDecoder: readonly (string | readonly number[] | undefined)[]
  bytePairStringRankEncoder: Map<string, number>
  getBpeRankFromBytes(bytes: Uint8Array): number | undefined
  bytePairEncode(piece: string): number[]
  setMergeCacheSize(size: number): void
  clearMergeCache(): void
}

/** Pieces longer than this (in bytes) merge in O(n log n); shorter ones in the naive loop. */
const LONG_PIECE_BYTES = 64

// eslint-disable-next-line no-control-regex -- ASCII is exactly U+0000–U+007F
const ASCII = /^[\x00-\x7f]*$/
const MERGE_CACHE_SIZE = 10_000
const LONE_SURROGATE = /\p{Cs}/u

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
  // Every merge starts from pairs of bytes: for ASCII ones, a table beats building a substring.
  const asciiPairs = new Float64Array(128 * 128).fill(Infinity)
  for (let a = 0; a < 128; a++) for (let b = 0; b < 128; b++) asciiPairs[(a << 7) | b] = ranks.get(String.fromCharCode(a, b)) ?? Infinity
  const encode = (piece: string): number[] => {
    if (isAscii(piece)) {
      // Byte offsets are string offsets.
      return merge(piece.length, (start, end) => {
        if (end - start === 2) return asciiPairs[(piece.charCodeAt(start) << 7) | piece.charCodeAt(start + 1)]!
        return end - start > maxTokenBytes ? Infinity : (ranks.get(piece.slice(start, end)) ?? Infinity)
      })
    }
    // A byte range that starts and ends on character boundaries is valid UTF-8, which
    // gpt-tokenizer looks up by its string too: take the substring instead of decoding bytes.
    const bytes = encoder.encode(piece)
    // A lone surrogate becomes U+FFFD in UTF-8, so its substring would not be its key.
    if (LONE_SURROGATE.test(piece)) {
      return merge(bytes.length, (start, end) => (end - start > maxTokenBytes ? Infinity : (core.getBpeRankFromBytes(bytes.subarray(start, end)) ?? Infinity)))
    }
    const charAt = characterOffsets(piece, bytes.length)
    return merge(bytes.length, (start, end) => {
      if (end - start > maxTokenBytes) return Infinity
      const from = charAt[start]!
      const to = charAt[end]!
      const rank = from >= 0 && to >= 0 ? ranks.get(piece.slice(from, to)) : core.getBpeRankFromBytes(bytes.subarray(start, end))
      return rank ?? Infinity
    })
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
  // GptEncoding.clearMergeCache() clears this cache too (the benchmark times cold counts).
  const clearOwn = core.clearMergeCache.bind(core)
  core.clearMergeCache = () => {
    clearOwn()
    cache.clear()
  }
}

/** For each UTF-8 byte offset of `text`, its UTF-16 offset, or -1 inside a character. */
function characterOffsets(text: string, byteLength: number): Int32Array {
  const offsets = new Int32Array(byteLength + 1).fill(-1)
  let byte = 0
  for (let i = 0; i < text.length; i++) {
    offsets[byte] = i
    const code = text.charCodeAt(i)
    if (code < 0x80) byte += 1
    else if (code < 0x800) byte += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one 4-byte character.
      byte += 4
      i++
    } else byte += 3
  }
  offsets[byte] = text.length
  return offsets
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false
  return true
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

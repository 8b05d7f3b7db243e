import type { BpeCore } from './bpe-core.ts'
import { isAscii, TokenTable } from './token-table.ts'
import { mergeLinear, mergeNaive, type RankOf } from './linear-merge.ts'

/** Pieces longer than this (in bytes) merge in O(n log n); shorter ones in the naive loop. */
const LONG_PIECE_BYTES = 64

const LONE_SURROGATE = /\p{Cs}/u

/** Merges pieces into tokens; installed in place of gpt-tokenizer's own merge step. */
export interface PieceMerger {
  /** The encoding's tokens, for lookups by range. */
  readonly tokens: TokenTable
  /** Number of tokens of the piece text[start..end), which is not itself one token. */
  countPiece(text: string, start: number, end: number): number
}

/**
 * Replaces gpt-tokenizer's merge step: same rank tables, same pre-tokenizer, same tokens.
 * - Long pieces merge with a heap (linear-merge.ts) instead of the quadratic loop.
 * - Ranks are looked up by range in a hash table (token-table.ts), without cutting substrings;
 *   gpt-tokenizer decodes UTF-8 for every pair. A byte range that splits a character, which no
 *   string can key, is looked up by its bytes.
 */
export function installPieceMerger(core: BpeCore): PieceMerger {
  // Pieces are merged once per count; the count loop keeps its own cache (piece-count-cache.ts).
  core.setMergeCacheSize(0)
  const table = new TokenTable(core.bytePairStringRankEncoder, core.bytePairNonUtfSortedEncoder)
  // No range longer than the longest token can have a rank; knowing that keeps lookups short.
  const maxTokenBytes = table.maxBytes
  const encoder = new TextEncoder()
  const merge = (length: number, rankOf: RankOf) =>
    length > LONG_PIECE_BYTES ? mergeLinear(length, rankOf) : mergeNaive(length, rankOf)
  const mergeAscii = (text: string, start: number, end: number) =>
    merge(end - start, (from, to) => table.rank(text, start + from, start + to))

  const encode = (piece: string): number[] => {
    // Byte offsets are string offsets.
    if (isAscii(piece, 0, piece.length)) return mergeAscii(piece, 0, piece.length)
    // A byte range that starts and ends on character boundaries is valid UTF-8, which
    // gpt-tokenizer looks up by its string too: take the substring instead of decoding bytes.
    const bytes = encoder.encode(piece)
    // A lone surrogate becomes U+FFFD in UTF-8, so its substring would not be its key.
    if (LONE_SURROGATE.test(piece)) {
      return merge(bytes.length, (start, end) =>
        end - start > maxTokenBytes ? Infinity : (core.getBpeRankFromBytes(bytes.subarray(start, end)) ?? Infinity),
      )
    }
    const charAt = characterOffsets(piece, bytes.length)
    return merge(bytes.length, (start, end) => {
      if (end - start > maxTokenBytes) return Infinity
      const from = charAt[start]!
      const to = charAt[end]!
      return from >= 0 && to >= 0 ? table.rank(piece, from, to) : table.rankOfPartialCharacters(bytes, start, end)
    })
  }
  core.bytePairEncode = encode
  return {
    tokens: table,
    // Byte offsets are string offsets.
    countPiece: (text, start, end) =>
      (isAscii(text, start, end) ? mergeAscii(text, start, end) : encode(text.slice(start, end))).length,
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

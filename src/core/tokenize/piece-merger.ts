import { isAscii, type TokenTable } from './token-table.ts'
import { mergeLinear, mergeNaive, type RankOf } from './linear-merge.ts'

/** Pieces longer than this (in bytes) merge in O(n log n); shorter ones in the naive loop. */
const LONG_PIECE_BYTES = 64

const LONE_SURROGATE = /\p{Cs}/u

/** Merges the pieces of the pre-tokenizer into tokens. */
export interface PieceMerger {
  /** The encoding's tokens, for lookups by range. */
  readonly tokens: TokenTable
  /** Number of tokens of the piece text[start..end), which is not itself one token. */
  countPiece(text: string, start: number, end: number): number
  /** Token ranks of one piece, in order. */
  encodePiece(piece: string): number[]
}

/**
 * Byte-pair merging over one encoding's tokens, as tiktoken merges.
 * - Long pieces merge with a heap (linear-merge.ts) instead of the quadratic loop.
 * - Ranks are looked up by range in a hash table (token-table.ts), without cutting substrings
 *   or decoding UTF-8 for every pair. A byte range that splits a character, which no string can
 *   key, is looked up by its bytes.
 */
export function pieceMerger(table: TokenTable): PieceMerger {
  // No range longer than the longest token can have a rank; knowing that keeps lookups short.
  const maxTokenBytes = table.maxBytes
  const encoder = new TextEncoder()
  const merge = (length: number, rankOf: RankOf) =>
    length > LONG_PIECE_BYTES ? mergeLinear(length, rankOf) : mergeNaive(length, rankOf)
  const mergeAscii = (text: string, start: number, end: number) =>
    merge(end - start, (from, to) => table.rank(text, start + from, start + to))

  const encodePiece = (piece: string): number[] => {
    // Byte offsets are string offsets.
    if (isAscii(piece, 0, piece.length)) return mergeAscii(piece, 0, piece.length)
    const bytes = encoder.encode(piece)
    // A lone surrogate becomes U+FFFD in UTF-8, so no substring of the piece is its key.
    if (LONE_SURROGATE.test(piece)) {
      return merge(bytes.length, (start, end) =>
        end - start > maxTokenBytes ? Infinity : table.rankOfBytes(bytes, start, end),
      )
    }
    // A byte range that starts and ends on character boundaries is whole characters: look it up
    // by its substring. Any other range splits a character: look it up by its bytes.
    const charAt = characterOffsets(piece, bytes.length)
    return merge(bytes.length, (start, end) => {
      if (end - start > maxTokenBytes) return Infinity
      const from = charAt[start]!
      const to = charAt[end]!
      return from >= 0 && to >= 0 ? table.rank(piece, from, to) : table.rankOfPartialCharacters(bytes, start, end)
    })
  }
  return {
    tokens: table,
    encodePiece,
    // Byte offsets are string offsets.
    countPiece: (text, start, end) =>
      (isAscii(text, start, end) ? mergeAscii(text, start, end) : encodePiece(text.slice(start, end))).length,
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

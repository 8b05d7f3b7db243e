import { isAscii, type TokenTable } from './token-table.ts'
import { mergeLinear, mergeLinearSteps, mergeNaive, type RankOf } from './linear-merge.ts'

/** Pieces longer than this (in bytes) merge in O(n log n); shorter ones in the naive loop. */
const LONG_PIECE_BYTES = 64

const LONE_SURROGATE = /\p{Cs}/u
const NON_ASCII = /[^\0-\x7f]/

/** Merges the pieces of the pre-tokenizer into tokens. */
export interface PieceMerger {
  /** The encoding's tokens, for lookups by range. */
  readonly tokens: TokenTable
  /** Number of tokens of the piece text[start..end), which is not itself one token. */
  countPiece(text: string, start: number, end: number): number
  /**
   * As `countPiece`, pausing now and then with the share done (0–1): for pieces so long (a
   * million repeated characters is one piece) that merging them in one go would hold the page.
   */
  countPieceSteps(text: string, start: number, end: number): Generator<number, number, void>
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

  /** The piece's length in bytes and the rank of each of its byte ranges. */
  const ranksOf = (piece: string, ascii: boolean): [length: number, rankOf: RankOf] => {
    // Byte offsets are string offsets.
    if (ascii) return [piece.length, (from, to) => table.rank(piece, from, to)]
    const bytes = encoder.encode(piece)
    // A lone surrogate becomes U+FFFD in UTF-8, so no substring of the piece is its key.
    if (LONE_SURROGATE.test(piece)) {
      return [
        bytes.length,
        (start, end) => (end - start > maxTokenBytes ? Infinity : table.rankOfBytes(bytes, start, end)),
      ]
    }
    // A byte range that starts and ends on character boundaries is whole characters: look it up
    // by its substring. Any other range splits a character: look it up by its bytes.
    const charAt = characterOffsets(piece, bytes.length)
    return [
      bytes.length,
      (start, end) => {
        if (end - start > maxTokenBytes) return Infinity
        const from = charAt[start]!
        const to = charAt[end]!
        return from >= 0 && to >= 0 ? table.rank(piece, from, to) : table.rankOfPartialCharacters(bytes, start, end)
      },
    ]
  }
  const encodePiece = (piece: string): number[] => merge(...ranksOf(piece, isAscii(piece, 0, piece.length)))
  return {
    tokens: table,
    encodePiece,
    // ASCII pieces, most of any text, merge in place: byte offsets are string offsets.
    countPiece: (text, start, end) =>
      (isAscii(text, start, end)
        ? merge(end - start, (from, to) => table.rank(text, start + from, start + to))
        : encodePiece(text.slice(start, end))
      ).length,
    countPieceSteps: function* (text, start, end) {
      // A native search: on a piece of megabytes, the loop of isAscii took Chromium 70 ms.
      const piece = text.slice(start, end)
      const [length, rankOf] = ranksOf(piece, !NON_ASCII.test(piece))
      yield 0
      return (yield* mergeLinearSteps(length, rankOf)).count
    },
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

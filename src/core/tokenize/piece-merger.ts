import { isHighSurrogate, isSurrogatePair } from './character-classes.ts'
import { isAscii, type TokenTable } from './token-table.ts'
import { countLinear, countNaive, mergeLinear, mergeLinearSteps, mergeNaive, type RankOf } from './linear-merge.ts'

/** Pieces longer than this (in bytes) merge in O(n log n); shorter ones in the naive loop. */
const LONG_PIECE_BYTES = 64

const NON_ASCII = /[^\0-\x7f]/
const LONE_SURROGATES = /\p{Cs}/gu
/**
 * Characters a long piece is read in between two pauses: encoding two million CJK characters in
 * one call, and reading them in one loop, each held the page for tens of milliseconds.
 */
const STRETCH_CHARS = 1 << 16

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
  const countMerged = (length: number, rankOf: RankOf) =>
    length > LONG_PIECE_BYTES ? countLinear(length, rankOf) : countNaive(length, rankOf)

  /**
   * The rank of each byte range of a piece, given its UTF-8 bytes and the offsets of its
   * characters. A byte range that starts and ends on character boundaries is whole characters:
   * it is looked up by its substring. Any other range splits a character: by its bytes.
   */
  const rankOfBytes = (
    text: string,
    pieceStart: number,
    pieceEnd: number,
    bytes: Uint8Array,
    { charAt, loneSurrogate }: CharacterOffsets,
  ): RankOf => {
    // UTF-8 writes a lone surrogate as U+FFFD, which is what tiktoken reads: so do the lookups.
    const offset = loneSurrogate ? 0 : pieceStart
    if (loneSurrogate) text = text.slice(pieceStart, pieceEnd).replace(LONE_SURROGATES, '\ufffd')
    return (start, end) => {
      if (end - start === 2) return table.rankOfBytePair(bytes, start)
      if (end - start > maxTokenBytes) return Infinity
      const from = charAt[start]! - 1
      const to = charAt[end]! - 1
      return from >= 0 && to >= 0
        ? table.rank(text, offset + from, offset + to)
        : table.rankOfPartialCharacters(bytes, start, end)
    }
  }
  // A piece merged in one go is read into these, reused: a new byte array and offsets array for
  // each piece were a tenth of the time on CJK in Chromium. (A merge in steps has its own.)
  let scratchBytes = new Uint8Array(1024)
  let scratchOffsets = new CharacterOffsets(1024)
  /**
   * The length in bytes of the piece text[start, end) and the rank of each of its byte ranges,
   * for a merge in one go; read in place, not cut out of the text.
   */
  const ranksOf = (text: string, start: number, end: number): [length: number, rankOf: RankOf] => {
    // Byte offsets are string offsets.
    if (isAscii(text, start, end)) return [end - start, (from, to) => table.rank(text, start + from, start + to)]
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (scratchBytes.length < 3 * (end - start)) {
      scratchBytes = new Uint8Array(6 * (end - start))
      scratchOffsets = new CharacterOffsets(6 * (end - start))
    }
    // Encoded while the offsets are read: on pieces this short, a call of TextEncoder cost more.
    const length = scratchOffsets.readEncoding(text, start, end, scratchBytes)
    return [length, rankOfBytes(text, start, end, scratchBytes, scratchOffsets)]
  }
  /** As `ranksOf` for a non-ASCII piece of megabytes, a stretch at a time. */
  const ranksOfSteps = function* (piece: string): Generator<number, [length: number, rankOf: RankOf], void> {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const buffer = new Uint8Array(3 * piece.length)
    let length = 0
    for (let from = 0; from < piece.length;) {
      let to = Math.min(piece.length, from + STRETCH_CHARS)
      // Never between the halves of a surrogate pair, which would encode as two U+FFFD.
      if (isHighSurrogate(piece.charCodeAt(to - 1))) to++
      length += encoder.encodeInto(piece.slice(from, to), buffer.subarray(length)).written
      from = to
      yield 0
    }
    const bytes = buffer.subarray(0, length)
    const offsets = new CharacterOffsets(length)
    for (let from = 0; from < piece.length; yield 0) from = offsets.read(piece, from, from + STRETCH_CHARS)
    return [length, rankOfBytes(piece, 0, piece.length, bytes, offsets)]
  }
  return {
    tokens: table,
    encodePiece: (piece) => merge(...ranksOf(piece, 0, piece.length)),
    countPiece: (text, start, end) => countMerged(...ranksOf(text, start, end)),
    countPieceSteps: function* (text, start, end) {
      // A native search: on a piece of megabytes, the loop of isAscii took Chromium 70 ms.
      const piece = text.slice(start, end)
      const [length, rankOf] = NON_ASCII.test(piece) ? yield* ranksOfSteps(piece) : ranksOf(piece, 0, piece.length)
      yield 0
      return (yield* mergeLinearSteps(length, rankOf)).count
    },
  }
}

/**
 * For each UTF-8 byte offset of a text, its UTF-16 offset + 1, or 0 inside a character (typed
 * arrays start as zeros: filling 24 MB with -1 first took 100 ms); and whether the text holds a
 * lone surrogate. Read from the start, one stretch after another.
 */
class CharacterOffsets {
  readonly charAt: Int32Array
  loneSurrogate = false
  #byte = 0

  constructor(byteLength: number) {
    this.charAt = new Int32Array(byteLength + 1)
  }

  /**
   * Reads text[start, end) from the start, as `read` reads a whole text, writing its UTF-8 into
   * `bytes` (at least 3 bytes per code unit; a lone surrogate as U+FFFD, as TextEncoder writes it)
   * and every offset up to the end, inside characters too; returns the length in bytes. The
   * offsets are from `start`, and the last one (end - start + 1) is at the byte length.
   */
  readEncoding(text: string, start: number, end: number, bytes: Uint8Array): number {
    const charAt = this.charAt
    this.loneSurrogate = false
    let byte = 0
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i)
      charAt[byte] = i - start + 1
      if (code < 0x80) {
        bytes[byte++] = code
        continue
      }
      if (code < 0x800) {
        bytes[byte] = 0xc0 | (code >> 6)
        bytes[byte + 1] = 0x80 | (code & 0x3f)
        charAt[byte + 1] = 0
        byte += 2
        continue
      }
      let point = code
      // A pair cut by the piece's end cannot happen: pieces end between characters.
      if (i + 1 < end && isSurrogatePair(text, i))
        point = 0x10000 + ((code - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00)
      else if (code >= 0xd800 && code <= 0xdfff) {
        this.loneSurrogate = true
        point = 0xfffd
      }
      if (point >= 0x10000) {
        bytes[byte] = 0xf0 | (point >> 18)
        bytes[byte + 1] = 0x80 | ((point >> 12) & 0x3f)
        bytes[byte + 2] = 0x80 | ((point >> 6) & 0x3f)
        bytes[byte + 3] = 0x80 | (point & 0x3f)
        charAt[byte + 1] = charAt[byte + 2] = charAt[byte + 3] = 0
        byte += 4
      } else {
        bytes[byte] = 0xe0 | (point >> 12)
        bytes[byte + 1] = 0x80 | ((point >> 6) & 0x3f)
        bytes[byte + 2] = 0x80 | (point & 0x3f)
        charAt[byte + 1] = charAt[byte + 2] = 0
        byte += 3
      }
    }
    charAt[byte] = end - start + 1
    return byte
  }

  /** Reads text[from, to) (and the second half of a pair it ends in); returns where it stopped. */
  read(text: string, from: number, to: number): number {
    const end = Math.min(to, text.length)
    let byte = this.#byte
    let i = from
    for (; i < end; i++) {
      this.charAt[byte] = i + 1
      const code = text.charCodeAt(i)
      if (code < 0x80) byte += 1
      else if (code < 0x800) byte += 2
      else if (isSurrogatePair(text, i)) {
        // A surrogate pair is one 4-byte character.
        byte += 4
        i++
      } else {
        // Alone, a surrogate is encoded as U+FFFD: 3 bytes, like the other characters left.
        if (code >= 0xd800 && code <= 0xdfff) this.loneSurrogate = true
        byte += 3
      }
    }
    this.#byte = byte
    if (i === text.length) this.charAt[byte] = text.length + 1
    return i
  }
}

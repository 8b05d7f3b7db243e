import { isSurrogatePair } from './character-classes.ts'
import type { CharacterJoins } from './character-joins.ts'
import type { LetterPieceEnd } from './letter-pieces.ts'
import type { PieceMerger } from './piece-merger.ts'
import { PieceCountCache } from './piece-count-cache.ts'
import { hashRange } from './token-table.ts'
import { packAscii, PACKED_CHARS, UNPACKED, type PackedAscii } from './ascii-pieces.ts'
import { addPieceSegments, type TokenSegment } from './token-segments.ts'

/**
 * Counts the tokens of text whose special-token strings are plain text, as message content is
 * (tiktoken's `encode_ordinary`): the pre-tokenizer's pieces, each merged into tokens.
 * - Each piece other than a word is found by a sticky `test()`, which builds no match array
 *   (`matchAll` builds one per piece), and is known by its offsets.
 * - Pieces are looked up by range (token-table.ts), and ASCII ones merged by range, without
 *   cutting them out of the text; merged pieces are cached (piece-count-cache.ts).
 *
 * The pre-tokenizer matches at every position (its last alternatives take any run of
 * whitespace or of other characters), so pieces follow each other without gaps. Should a
 * pattern ever leave one, the unmatched characters are skipped, as tiktoken skips them.
 *
 * Word pieces, most of any text, are found by hand (`letterPieceEnd`, letter-pieces.ts): the
 * regular expression takes half a second to match a word of millions of letters in one native
 * call, which no pause can split, and is slower on ordinary text too. In o200k_base, a piece of
 * ASCII characters is found by hand whatever its kind (`asciiPieceEnd`, ascii-pieces.ts), and one
 * of 2–8 characters is looked up by its characters packed into two integers: no hash, no string
 * comparison.
 *
 * A range [from, to) is counted in place, as part of the whole text: the incremental counter
 * counts chunks of a megabyte this way, where slicing them out made every character read
 * through a sliced string (a quarter slower on English). Both ends must be where a piece starts
 * (see safe-splits.ts); a range that ends inside a piece throws rather than miscount.
 */
export function plainTextCounter(
  preTokenizer: string,
  merger: PieceMerger,
  letterPieceEnd: LetterPieceEnd = () => -1,
  /** The pre-tokenizer on ASCII text, if this encoding has one (ascii-pieces.ts). */
  asciiPieceEnd?: AsciiPieceEnd,
): PlainTextCounter {
  const sticky = new RegExp(preTokenizer, 'uy')
  const { tokens: table } = merger
  const cache = new PieceCountCache()
  /** A piece, or a part of one that merges alone: one token, a cached count, or merged. */
  const countPart = (text: string, start: number, end: number, merge: MergeRange): number => {
    if (end - start > table.maxLength) return merge(text, start, end)
    const hash = hashRange(text, start, end)
    if (table.rankOfHashed(text, start, end, hash) !== Infinity) return 1
    let pieceTokens = cache.get(text, start, end, hash)
    if (pieceTokens < 0) {
      pieceTokens = merge(text, start, end)
      cache.set(text, start, end, hash, pieceTokens)
    }
    return pieceTokens
  }
  /** The piece `asciiPieceEnd` found last, packed by it if it is a short word. */
  const packed: PackedAscii = { low: 0, high: 0 }
  /**
   * An ASCII piece of 2–8 characters (most of English and code), found by its packed characters:
   * no hash to compute over the text, no string to compare.
   */
  const countPacked = (text: string, start: number, end: number): number => {
    if (packed.high === UNPACKED) packAscii(text, start, end, packed)
    const { low, high } = packed
    if (table.rankOfPacked(low, high) >= 0) return 1
    let pieceTokens = cache.getPacked(low, high)
    if (pieceTokens < 0) {
      pieceTokens = mergeAlone(text, start, end)
      cache.setPacked(low, high, pieceTokens)
    }
    return pieceTokens
  }
  const mergeAlone = (text: string, start: number, end: number) => merger.countPiece(text, start, end)
  /** A piece merged in the parts it falls apart into (character-joins.ts), or whole. */
  const countParts: MergeRange = (text, start, end) => {
    let tokens = 0
    let partStart = start
    forEachFreePlace(table.joins, text, start, end, (place) => {
      tokens += countPart(text, partStart, place, mergeAlone)
      partStart = place
    })
    return partStart === start ? mergeAlone(text, start, end) : tokens + countPart(text, partStart, end, mergeAlone)
  }
  const countPiece = (text: string, start: number, end: number) => countPart(text, start, end, countParts)
  /** The end of the piece that starts at `start`, or -1 where none does; throws past `to`. */
  const pieceEnd = (text: string, start: number, to: number) => {
    let end = letterPieceEnd(text, start)
    if (end < 0) {
      sticky.lastIndex = start
      if (!sticky.test(text)) return -1
      end = sticky.lastIndex
    }
    if (end > to) throw new Error(`offset ${to} is not where a piece starts: cannot count up to it`)
    return end
  }
  // No piece starts here: skip one character (both halves of a surrogate pair).
  const skip = (text: string, start: number) => start + (isSurrogatePair(text, start) ? 2 : 1)

  const count = (text: string, from = 0, to = text.length) => {
    let tokens = 0
    for (let start = from; start < to;) {
      let end = asciiPieceEnd ? asciiPieceEnd(text, start, packed) : -1
      if (end >= 0) {
        if (end > to) throw new Error(`offset ${to} is not where a piece starts: cannot count up to it`)
        const length = end - start
        // Every single character is a token (byte-level BPE starts from all 256 bytes).
        tokens +=
          length === 1
            ? 1
            : length <= PACKED_CHARS && table.packed
              ? countPacked(text, start, end)
              : countPiece(text, start, end)
        start = end
        continue
      }
      end = pieceEnd(text, start, to)
      if (end < 0) start = skip(text, start)
      else {
        tokens += countPiece(text, start, end)
        start = end
      }
    }
    return tokens
  }

  // The same walk, pausing every few thousand pieces and inside very long ones with the offset
  // reached: for text with no safe split to cut it at (see incremental-counter.ts).
  const steps = function* (text: string, from = 0, to = text.length): Generator<number, number, void> {
    let tokens = 0
    let pieces = 0
    for (let start = from; start < to;) {
      const end = pieceEnd(text, start, to)
      if (end < 0) start = skip(text, start)
      else {
        if (end - start < STEPPED_PIECE_CHARS) tokens += countPiece(text, start, end)
        else tokens += yield* countPartsSteps(text, start, end)
        start = end
        if (++pieces % STEP_PIECES === 0) yield start
      }
    }
    return tokens
  }
  /**
   * As `countParts` for a piece of thousands of characters (a page of CJK with no punctuation is
   * one), pausing now and then with the offset reached; a part that long merges in steps.
   */
  const countPartsSteps = function* (text: string, start: number, end: number): Generator<number, number, void> {
    let tokens = 0
    let partStart = start
    const endPart = function* (partEnd: number): Generator<number, void, void> {
      const from = partStart
      partStart = partEnd
      if (partEnd - from < STEPPED_PIECE_CHARS) {
        tokens += countPart(text, from, partEnd, mergeAlone)
        return
      }
      const mergeSteps = merger.countPieceSteps(text, from, partEnd)
      for (let step = mergeSteps.next(); ; step = mergeSteps.next()) {
        if (step.done) {
          tokens += step.value
          return
        }
        yield from + step.value * (partEnd - from)
      }
    }
    // The places are looked for a stretch at a time, with a pause after each.
    const places: number[] = []
    for (let at = start; at < end;) {
      at = forEachFreePlace(table.joins, text, at, end, (place) => places.push(place), STEPPED_PIECE_CHARS)
      for (const place of places) yield* endPart(place)
      places.length = 0
      if (at < end) yield at
    }
    yield* endPart(end)
    return tokens
  }
  /** The tokens of a piece, merged in the parts it falls apart into. */
  const encodeParts = (text: string, start: number, end: number) => {
    const ids: number[] = []
    let partStart = start
    const add = (partEnd: number) => {
      const rank = table.rank(text, partStart, partEnd)
      if (rank !== Infinity) ids.push(rank)
      else for (const id of merger.encodePiece(text.slice(partStart, partEnd))) ids.push(id)
      partStart = partEnd
    }
    forEachFreePlace(table.joins, text, start, end, add)
    add(end)
    return ids
  }
  // The tokens themselves, grouped into segments of whole characters: for a screenful of text.
  const segments = (text: string, from = 0, to = text.length) => {
    const out: TokenSegment[] = []
    const byteLength = (id: number) => table.byteLength(id)
    for (let start = from; start < to;) {
      const end = pieceEnd(text, start, to)
      if (end < 0) start = skip(text, start)
      else {
        const rank = table.rank(text, start, end)
        const ids = rank !== Infinity ? [rank] : encodeParts(text, start, end)
        addPieceSegments(text, start, end, ids, byteLength, out)
        start = end
      }
    }
    return out
  }
  return Object.assign(count, { steps, segments, clearCache: () => cache.clear() })
}

type AsciiPieceEnd = (text: string, start: number, out: PackedAscii) => number

/** Counts the tokens of text[start, end). */
type MergeRange = (text: string, start: number, end: number) => number

/**
 * Calls `free` with each place inside text[start, end) where the piece falls apart
 * (character-joins.ts), looking at `most` places at most. Returns `end`, or else the character
 * to go on from (the place after it is the next to look at).
 */
function forEachFreePlace(
  joins: CharacterJoins,
  text: string,
  start: number,
  end: number,
  free: (place: number) => void,
  most = Infinity,
): number {
  let previous = text.codePointAt(start)!
  let at = start
  for (let i = start + (previous > 0xffff ? 2 : 1), looked = 0; i < end; looked++) {
    if (looked === most) return at
    const code = text.codePointAt(i)!
    if ((previous | code) >= 0x80 && !joins.mayJoin(previous, code)) free(i)
    previous = code
    at = i
    i += code > 0xffff ? 2 : 1
  }
  return end
}

/** Pieces this long merge in steps; shorter ones take well under a millisecond. */
const STEPPED_PIECE_CHARS = 4096
/** Pieces counted between two pauses: about a millisecond's worth. */
const STEP_PIECES = 2048

export interface PlainTextCounter {
  (text: string, from?: number, to?: number): number
  /** As the count, pausing now and then with the offset reached, so the caller can let events in. */
  steps(text: string, from?: number, to?: number): Generator<number, number, void>
  /** The tokens of the text or of a range between safe splits, as segments of whole characters. */
  segments(text: string, from?: number, to?: number): TokenSegment[]
  /** Forgets the merged pieces, so a benchmark can time a count that starts cold. */
  clearCache(): void
}

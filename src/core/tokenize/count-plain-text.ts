import { isSurrogatePair } from './character-classes.ts'
import type { LetterPieceEnd } from './letter-pieces.ts'
import type { PieceMerger } from './piece-merger.ts'
import { PieceCountCache } from './piece-count-cache.ts'
import { hashRange } from './token-table.ts'
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
 * call, which no pause can split, and is slower on ordinary text too.
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
): PlainTextCounter {
  const sticky = new RegExp(preTokenizer, 'uy')
  const { tokens: table } = merger
  const cache = new PieceCountCache()
  const countPiece = (text: string, start: number, end: number) => {
    if (end - start > table.maxLength) return merger.countPiece(text, start, end)
    const hash = hashRange(text, start, end)
    if (table.rankOfHashed(text, start, end, hash) !== Infinity) return 1
    let pieceTokens = cache.get(text, start, end, hash)
    if (pieceTokens < 0) {
      pieceTokens = merger.countPiece(text, start, end)
      cache.set(text, start, end, hash, pieceTokens)
    }
    return pieceTokens
  }
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
      const end = pieceEnd(text, start, to)
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
        else {
          const pieceSteps = merger.countPieceSteps(text, start, end)
          for (let step = pieceSteps.next(); ; step = pieceSteps.next()) {
            if (step.done) {
              tokens += step.value
              break
            }
            yield start + step.value * (end - start)
          }
        }
        start = end
        if (++pieces % STEP_PIECES === 0) yield start
      }
    }
    return tokens
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
        const ids = rank !== Infinity ? [rank] : merger.encodePiece(text.slice(start, end))
        addPieceSegments(text, start, end, ids, byteLength, out)
        start = end
      }
    }
    return out
  }
  return Object.assign(count, { steps, segments, clearCache: () => cache.clear() })
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

import type { PieceMerger } from './piece-merger.ts'
import { PieceCountCache } from './piece-count-cache.ts'
import { hashRange } from './token-table.ts'

/**
 * Counts the tokens of text whose special-token strings are plain text, as message content is
 * (tiktoken's `encode_ordinary`): the pre-tokenizer's pieces, each merged into tokens.
 * - Each piece is found by a sticky `test()`, which builds no match array (`matchAll` builds one
 *   per piece), and is known by its offsets.
 * - Pieces are looked up by range (token-table.ts), and ASCII ones merged by range, without
 *   cutting them out of the text; merged pieces are cached (piece-count-cache.ts).
 *
 * The pre-tokenizer matches at every position (its last alternatives take any run of
 * whitespace or of other characters), so pieces follow each other without gaps. Should a
 * pattern ever leave one, the unmatched characters are skipped, as tiktoken skips them.
 *
 * A range [from, to) is counted in place, as part of the whole text: the incremental counter
 * counts chunks of a megabyte this way, where slicing them out made every character read
 * through a sliced string (a quarter slower on English). Both ends must be where a piece starts
 * (see safe-splits.ts); a range that ends inside a piece throws rather than miscount.
 */
export function plainTextCounter(preTokenizer: string, merger: PieceMerger): PlainTextCounter {
  const sticky = new RegExp(preTokenizer, 'uy')
  const { tokens: table } = merger
  const cache = new PieceCountCache()
  const count = (text: string, from = 0, to = text.length) => {
    let tokens = 0
    let start = from
    sticky.lastIndex = from
    while (start < to) {
      if (!sticky.test(text)) {
        // No piece starts here: skip one character (both halves of a surrogate pair).
        start += isSurrogatePair(text, start) ? 2 : 1
        sticky.lastIndex = start
        continue
      }
      const end = sticky.lastIndex
      if (end > to) throw new Error(`offset ${to} is not where a piece starts: cannot count up to it`)
      if (end - start > table.maxLength) tokens += merger.countPiece(text, start, end)
      else {
        const hash = hashRange(text, start, end)
        if (table.rankOfHashed(text, start, end, hash) !== Infinity) tokens++
        else {
          let pieceTokens = cache.get(text, start, end, hash)
          if (pieceTokens < 0) {
            pieceTokens = merger.countPiece(text, start, end)
            cache.set(text, start, end, hash, pieceTokens)
          }
          tokens += pieceTokens
        }
      }
      start = end
    }
    return tokens
  }
  return Object.assign(count, { clearCache: () => cache.clear() })
}

export interface PlainTextCounter {
  (text: string, from?: number, to?: number): number
  /** Forgets the merged pieces, so a benchmark can time a count that starts cold. */
  clearCache(): void
}

function isSurrogatePair(text: string, at: number): boolean {
  const high = text.charCodeAt(at)
  const low = text.charCodeAt(at + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

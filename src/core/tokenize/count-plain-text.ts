import type { BpeCore } from './bpe-core.ts'
import type { PieceMerger } from './piece-merger.ts'
import { PieceCountCache } from './piece-count-cache.ts'
import { hashRange } from './token-table.ts'

/**
 * Counts the tokens of text whose special-token strings are plain text, as message content is:
 * the same pieces, ranks and merges as gpt-tokenizer's countTokens, in a tighter loop.
 * - Its loop takes each piece from `matchAll`, which builds a match array per piece; a sticky
 *   `test()` builds none, and the piece is known by its offsets.
 * - Pieces are looked up by range (token-table.ts), and ASCII ones merged by range, without
 *   cutting them out of the text; merged pieces are cached (piece-count-cache.ts).
 *
 * The pre-tokenizer matches at every position (its last alternatives take any run of
 * whitespace or of other characters), so pieces follow each other without gaps. Should a
 * future pattern ever leave one, the rest of the text is counted by `countRest`, which skips
 * unmatched characters as tiktoken does.
 *
 * A range [from, to) is counted in place, as part of the whole text: the incremental counter
 * counts chunks of a megabyte this way, where slicing them out made every character read
 * through a sliced string (a quarter slower on English). Both ends must be where a piece starts
 * (see safe-splits.ts); a range that ends inside a piece throws rather than miscount.
 */
export function plainTextCounter(
  core: BpeCore,
  merger: PieceMerger,
  countRest: (text: string) => number,
): PlainTextCounter {
  const split = core.tokenSplitRegex
  const sticky = new RegExp(split.source, `${split.flags.replace(/[gy]/g, '')}y`)
  const { tokens: table } = merger
  const cache = new PieceCountCache()
  const count = (text: string, from = 0, to = text.length) => {
    let tokens = 0
    let start = from
    sticky.lastIndex = from
    while (start < to) {
      if (!sticky.test(text)) return tokens + countRest(text.slice(start, to))
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

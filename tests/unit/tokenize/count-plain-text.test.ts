import fc from 'fast-check'
import o200k from 'gpt-tokenizer/bpeRanks/o200k_base'
import { describe, expect, it } from 'vitest'
import { plainTextCounter } from '../../../src/core/tokenize/count-plain-text.ts'
import { ENCODING_NAMES, loadCounter } from '../../../src/core/tokenize/encodings.ts'
import { asciiPieceEnd } from '../../../src/core/tokenize/ascii-pieces.ts'
import { LETTER_PIECE_ENDS } from '../../../src/core/tokenize/letter-pieces.ts'
import { PRE_TOKENIZER_PATTERNS } from '../../../src/core/tokenize/pre-tokenizers.ts'
import { pieceMerger } from '../../../src/core/tokenize/piece-merger.ts'
import { TokenTable } from '../../../src/core/tokenize/token-table.ts'
import { nextSafeSplit } from '../../../src/core/tokenize/safe-splits.ts'
import { tiktokenCount } from '../tiktoken-oracle.ts'
import { EDGY } from './edgy-text.ts'
import { assertProperty } from '../property.ts'

describe.each(ENCODING_NAMES)('%s: counting a range in place', (encoding) => {
  it('the counts of the parts between safe splits add up to tiktoken’s count of the whole', async () => {
    const count = await loadCounter(encoding)
    assertProperty(
      fc.property(
        fc.array(fc.constantFrom(...EDGY, 'word ', 'Word', 'base64+/=', '\n'), { maxLength: 200 }),
        fc.nat(40),
        (parts, step) => {
          const text = parts.join('')
          let total = 0
          for (let start = 0; start < text.length;) {
            const split = nextSafeSplit(text, start + 1 + step, text.length, encoding)
            const end = split < 0 ? text.length : split
            total += count(text, start, end)
            start = end
          }
          expect(total).toBe(tiktokenCount(encoding, text))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('counts in steps as it counts in one go, pausing inside a long piece', async () => {
    const count = await loadCounter(encoding)
    const counted = (text: string) => {
      const steps = count.steps(text)
      let pauses = 0
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return { tokens: step.value, pauses }
        expect(step.value).toBeGreaterThanOrEqual(0)
        expect(step.value).toBeLessThanOrEqual(text.length)
        pauses++
      }
    }
    assertProperty(
      fc.property(
        fc.array(fc.constantFrom(...EDGY, 'word ', 'a'.repeat(4100), '7'.repeat(999)), { maxLength: 12 }),
        (parts) => {
          const text = parts.join('')
          expect(counted(text).tokens).toBe(tiktokenCount(encoding, text))
        },
      ),
      { numRuns: 100 },
    )
    // One piece of 30,000 letters: 60,000 steps of merging, paused every 8,192 of them.
    const long = 'a'.repeat(30_000)
    expect(counted(long)).toEqual({ tokens: tiktokenCount(encoding, long), pauses: expect.any(Number) })
    expect(counted(long).pauses).toBeGreaterThanOrEqual(6)
  })

  it.each([
    // Read 65,536 code units at a time: here the cut falls between the halves of a pair.
    ['a word of astral letters', '東' + '𠀀'.repeat(40_000)],
    ['punctuation holding a lone surrogate', '\ud800' + '。'.repeat(5_000)],
    ['a word of CJK and accented letters', '東京é'.repeat(30_000)],
  ])('counts %s, one long non-ASCII piece, in steps as in one go', async (_, text) => {
    const count = await loadCounter(encoding)
    const steps = count.steps(text)
    let step = steps.next()
    let pauses = 0
    for (; !step.done; step = steps.next()) pauses++
    expect(step.value).toBe(count(text))
    expect(pauses).toBeGreaterThan(2)
  })

  it('refuses a range that ends inside a piece instead of miscounting it', async () => {
    const count = await loadCounter(encoding)
    // The pieces are "hello" and " world".
    expect(count('hello world', 0, 5)).toBe(1)
    expect(count('hello world', 5, 11)).toBe(1)
    expect(() => count('hello world', 0, 3)).toThrow(/not where a piece starts/)
    expect(() => count('hello world', 0, 7)).toThrow(/not where a piece starts/)
  })
})

it('skips characters no piece of the pre-tokenizer takes, as tiktoken does', () => {
  // A pattern that, unlike the real ones, matches only lower-case ASCII letters.
  const count = plainTextCounter('[a-z]+', pieceMerger(TokenTable.fromRankData(o200k)))
  expect(count('hello world')).toBe(2)
  // An emoji in the gap is skipped whole (both halves of its surrogate pair).
  expect(count('hello, 🦊 world!')).toBe(2)
  expect(count('🦊')).toBe(0)
})

describe('o200k_base on ASCII text, before and after its short tokens are packed', () => {
  // Words of every case, contractions, digits, punctuation and white space, some pieces too
  // long to pack, and a few characters that are not ASCII beside them.
  const PARTS = [
    ...'aAzZ09 .,;:!?\'"()[]{}/\\-_=+*&#@\t\n\r',
    'the',
    ' The',
    "n't",
    "'s",
    'HTTPServer',
    'camelCase',
    'abcdefgh',
    'abcdefghi',
    '    ',
    '\r\n',
    '1234567',
    'é',
    '\u00a0',
    '—',
    '東',
    'xqzv',
  ]
  const text = fc.array(fc.constantFrom(...PARTS), { maxLength: 120 }).map((parts) => parts.join(''))

  it('counts as tiktoken does, through the general path and then the packed lookup', () => {
    const table = TokenTable.fromRankData(o200k)
    const count = plainTextCounter(
      PRE_TOKENIZER_PATTERNS.o200k_base,
      pieceMerger(table),
      LETTER_PIECE_ENDS.o200k_base,
      asciiPieceEnd,
    )
    const equalsTiktoken = () =>
      assertProperty(
        fc.property(text, (sample) => {
          // Twice: the second time short pieces that are not tokens come from the cache.
          expect(count(sample)).toBe(tiktokenCount('o200k_base', sample))
          expect(count(sample)).toBe(tiktokenCount('o200k_base', sample))
        }),
        { numRuns: 500 },
      )
    expect(table.packed).toBe(false)
    equalsTiktoken()
    table.packShortAscii()
    expect(table.packed).toBe(true)
    equalsTiktoken()
  })
})

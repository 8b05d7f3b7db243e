import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ENCODING_NAMES } from '../../../src/core/tokenize/encodings.ts'
import { LETTER_PIECE_ENDS } from '../../../src/core/tokenize/letter-pieces.ts'
import { WORD_PATTERNS } from '../../../src/core/tokenize/pre-tokenizers.ts'
import { assertProperty } from '../property.ts'

// One or more characters of each class the word patterns tell apart, and the letters of contractions.
const ALPHABET = [
  ...'absStTlLvVeErRdDmM', // lower and upper ASCII, contraction letters
  ...'AÉéßǅǈʰ東京ابПриве', // Lu, Ll, Lt, Lm, Lo, Cyrillic
  '\u0301', // combining acute (Mn): in both sides of an o200k word, and a possible prefix
  '\u0903', // Devanagari visarga (Mc)
  '\u0345', // combining ypogegrammeni (Mn, Other_Lowercase)
  '𝔘', // astral Lu
  '𝔲', // astral Ll
  '𠀀', // astral Lo
  '😀', // astral symbol: a possible prefix
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  ...`'' .,_-1٣Ⅻ`, // apostrophes, space, punctuation, digits, a letter-like number (Nl)
  '\n',
  '\r',
  '\t',
  '\u00a0',
  '\u3000',
]

const wordEnd = (pattern: RegExp, text: string, at: number) => {
  pattern.lastIndex = at
  return pattern.test(text) ? pattern.lastIndex : -1
}

const isInsidePair = (text: string, at: number) =>
  /[\ud800-\udbff]/.test(text[at - 1] ?? '') && /[\udc00-\udfff]/.test(text[at] ?? '')

describe.each(ENCODING_NAMES)('%s: words matched by hand', (encoding) => {
  const byHand = LETTER_PIECE_ENDS[encoding]
  const pattern = new RegExp(WORD_PATTERNS[encoding], 'uy')

  it('end where the word alternatives of the pre-tokenizer end, at every position of random text', () => {
    assertProperty(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        for (let at = 0; at <= text.length; at++) {
          // Pieces start between code points, never inside one.
          if (isInsidePair(text, at)) continue
          expect(byHand(text, at), `${JSON.stringify(text)} at ${at}`).toBe(wordEnd(pattern, text, at))
        }
      }),
      { numRuns: 3000 },
    )
  })

  it.each([
    ['a CJK run', '東京'.repeat(50_000)],
    ['a Cyrillic run', 'привет'.repeat(20_000)],
    ['upper case, then lower case', 'ПРИВЕТ'.repeat(10_000) + 'мир'.repeat(10_000)],
    ['letters and combining marks', 'a\u0301'.repeat(50_000)],
    ['a CJK run then capitals', '東'.repeat(50_000) + 'A'.repeat(50_000)],
    ['capitals only', `'${'𝔘'.repeat(50_000)}'ll`],
  ])('take %s in one scan, as the pattern does', (_, text) => {
    for (const at of [0, 1, text.length >> 1]) {
      if (isInsidePair(text, at)) continue
      expect(byHand(text, at)).toBe(wordEnd(pattern, text, at))
    }
  })
})

it('knows a contraction after a word in o200k_base, and as a piece of its own in cl100k_base', () => {
  expect(LETTER_PIECE_ENDS.o200k_base("it's", 0)).toBe(4)
  // Alone, the apostrophe is a word's one-character prefix; with nothing after it, no word.
  expect(LETTER_PIECE_ENDS.o200k_base("'s", 0)).toBe(2)
  expect(LETTER_PIECE_ENDS.o200k_base("'", 0)).toBe(-1)
  expect(LETTER_PIECE_ENDS.cl100k_base("it's", 0)).toBe(2)
  expect(LETTER_PIECE_ENDS.cl100k_base("it's", 2)).toBe(4)
  expect(LETTER_PIECE_ENDS.cl100k_base("'LL", 0)).toBe(3)
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ENCODING_NAMES } from '../../../src/core/tokenize/encodings.ts'
import { isSafeSplit } from '../../../src/core/tokenize/safe-splits.ts'
import { tiktokenCount } from '../tiktoken-oracle.ts'
import { EDGY } from './edgy-text.ts'
import { assertProperty } from '../property.ts'

describe.each(ENCODING_NAMES)('%s: every safe split really is one', (encoding) => {
  it('counting the two sides apart gives tiktoken’s count of the whole', () => {
    assertProperty(
      fc.property(fc.array(fc.constantFrom(...EDGY), { minLength: 2, maxLength: 60 }), (parts) => {
        const text = parts.join('')
        const whole = tiktokenCount(encoding, text)
        for (let p = 1; p < text.length; p++) {
          if (!isSafeSplit(text, p, encoding)) continue
          expect(
            tiktokenCount(encoding, text.slice(0, p)) + tiktokenCount(encoding, text.slice(p)),
            `${JSON.stringify(text)} at ${p}`,
          ).toBe(whole)
        }
      }),
      { numRuns: 400 },
    )
  })
})

describe('the rules', () => {
  it.each([
    ['after a line break before a word', 'one\ntwo', 4, true],
    ['after a line break before "/"', 'one.\n/two', 5, false],
    ['between two line breaks', 'one\n\ntwo', 4, false],
    ['at a space between letters', 'one two', 3, true],
    ['at the second of two spaces', 'one  two', 4, false],
    ['between digits', '12345', 2, false],
  ])('%s', (_, text, p, safe) => {
    for (const encoding of ENCODING_NAMES) expect(isSafeSplit(text, p, encoding)).toBe(safe)
  })

  it('cuts camelCase in o200k_base only, where its letter pieces split there', () => {
    expect(isSafeSplit('camelCase', 5, 'o200k_base')).toBe(true)
    expect(isSafeSplit('camelCase', 5, 'cl100k_base')).toBe(false)
  })
})

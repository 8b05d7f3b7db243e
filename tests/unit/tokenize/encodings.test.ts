import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { ENCODING_NAMES, loadCounter, readyCounters } from '../../../src/core/tokenize/encodings.ts'
import { tiktokenCount, tiktokenIds } from '../tiktoken-oracle.ts'
import { assertProperty } from '../property.ts'
import { FIXTURES } from './edgy-text.ts'

/** Characters on which JavaScript and tiktoken's Rust regex, or byte and string lookups, can disagree. */
const TRICKY = [
  '\ufeff',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u3000',
  '\u000b',
  '\u000c',
  '\u1680',
  '\u180e',
  '\u200b',
  '\u200d',
  '\u0000',
  '\u00ad',
  '\u0301',
  'a',
  'A',
  'é',
  'ǅ',
  ' ',
  '  ',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '1',
  '123',
  '٣',
  '😀',
  '👩‍👩‍👧',
  '🇯🇵',
  '東',
  'ا',
  "'s",
  "'LL",
  '/',
  '.',
  '<|endoftext|>',
  '<|im_start|>',
]

describe.each(ENCODING_NAMES)('%s counts equal tiktoken', (encoding) => {
  // As a page counts once it has settled: short ASCII tokens packed (count-plain-text.test.ts
  // checks the counts before that too).
  beforeAll(async () => {
    await loadCounter(encoding)
    readyCounters()
  })

  it.each(Object.entries(FIXTURES))('%s', async (_name, text) => {
    const count = await loadCounter(encoding)
    expect(count(text)).toBe(tiktokenCount(encoding, text))
  })

  it('matches the cookbook sample "tiktoken is great!" (6 tokens)', async () => {
    expect((await loadCounter(encoding))('tiktoken is great!')).toBe(6)
  })

  it('counts special-token strings as text instead of throwing', async () => {
    const count = await loadCounter(encoding)
    // As text, "<|endoftext|>" is several ordinary tokens, never the single special token.
    expect(count('<|endoftext|>')).toBeGreaterThan(1)
  })

  it('equals tiktoken on strings of the characters tokenizers trip over', async () => {
    const count = await loadCounter(encoding)
    const tricky = fc.constantFrom(...TRICKY)
    assertProperty(
      fc.property(fc.array(tricky, { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        return count(text) === tiktokenCount(encoding, text)
      }),
      { numRuns: 500 },
    )
  })

  it("gives tiktoken's ids where lone surrogates (read as U+FFFD) meet other multi-byte characters", async () => {
    const count = await loadCounter(encoding)
    // Lone halves, pairs and U+FFFD itself among punctuation, so they share pieces whose bytes merge.
    const part = fc.constantFrom('\ud800', '\udfff', '\ud83d', '\ude00', '\ufffd', '😀', '東', 'é', '.', '!', ' ', 'a')
    assertProperty(
      fc.property(fc.array(part, { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(count.segments(text).flatMap((s) => s.ids)).toEqual(tiktokenIds(encoding, text))
      }),
      { numRuns: 500 },
    )
  })

  it('equals tiktoken on random Unicode strings', async () => {
    const count = await loadCounter(encoding)
    assertProperty(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (text) => count(text) === tiktokenCount(encoding, text),
      ),
      { numRuns: 300 },
    )
    assertProperty(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        (text) => count(text) === tiktokenCount(encoding, text),
      ),
      { numRuns: 300 },
    )
  })
})

it('o200k_base and cl100k_base differ on CJK, so the encoding really is switched', async () => {
  const text = 'お誕生日おめでとう'
  expect((await loadCounter('o200k_base'))(text)).toBe(8)
  expect((await loadCounter('cl100k_base'))(text)).toBe(9)
})

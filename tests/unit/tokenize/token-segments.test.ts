import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ENCODING_NAMES, loadCounter } from '../../../src/core/tokenize/encodings.ts'
import { isPartial, type TokenSegment } from '../../../src/core/tokenize/token-segments.ts'
import { tiktokenBytes, tiktokenIds } from '../tiktoken-oracle.ts'
import { assertProperty } from '../property.ts'
import { EDGY, FIXTURES } from './edgy-text.ts'

const utf8 = new TextEncoder()

/** What every list of segments of a text must be: tiktoken's tokens, cut only between characters. */
function expectHonest(encoding: (typeof ENCODING_NAMES)[number], text: string, segments: TokenSegment[]) {
  // The segments cover the text, in order, with no gap.
  expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text)
  segments.forEach((s, i) => expect(s.start).toBe(i === 0 ? 0 : segments[i - 1]!.end))
  // Their ids are tiktoken's.
  expect(segments.flatMap((s) => s.ids)).toEqual(tiktokenIds(encoding, text))
  for (const segment of segments) {
    const bytes = segment.ids.map((id) => tiktokenBytes(encoding, id))
    // A segment's tokens are the bytes of its characters (a lone surrogate is written U+FFFD)...
    expect(Buffer.concat(bytes)).toEqual(Buffer.from(utf8.encode(text.slice(segment.start, segment.end))))
    // ...and it is as short as can be: no earlier token of it ends between two characters.
    for (let k = 1; k < bytes.length; k++) {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(bytes.slice(0, k)))).toThrow()
    }
  }
}

describe.each(ENCODING_NAMES)('%s: token segments', (encoding) => {
  it.each(Object.entries(FIXTURES))('%s: tiktoken’s ids, in segments of whole characters', async (_, text) => {
    const count = await loadCounter(encoding)
    expectHonest(encoding, text, count.segments(text))
  })

  it('on random strings of the characters tokenizers trip over', async () => {
    const count = await loadCounter(encoding)
    assertProperty(
      fc.property(fc.array(fc.constantFrom(...EDGY, '東京', '👩‍👩‍👧‍👦', '🇯🇵', '\ud800'), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expectHonest(encoding, text, count.segments(text))
      }),
      { numRuns: 300 },
    )
  })
})

it('shows a character split over tokens as one partial segment', async () => {
  const count = await loadCounter('o200k_base')
  // 🦊 is four bytes, which o200k_base has no single token for.
  const [fox] = count.segments('🦊')
  expect(fox).toMatchObject({ start: 0, end: 2 })
  expect(fox!.ids.length).toBeGreaterThan(1)
  expect(isPartial(fox!)).toBe(true)
  const [hello] = count.segments('hello')
  expect(hello).toEqual({ start: 0, end: 5, ids: tiktokenIds('o200k_base', 'hello') })
  expect(isPartial(hello!)).toBe(false)
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ENCODING_NAMES, loadCounter } from '../../../src/core/tokenize/encodings.ts'
import { MAX_WINDOW_CHARS, tokenWindow, WIDEN_CHARS } from '../../../src/core/tokenize/token-window.ts'
import { assertProperty } from '../property.ts'
import { EDGY } from './edgy-text.ts'

describe.each(ENCODING_NAMES)('%s: a window of the text', (encoding) => {
  it('holds the tokens the whole text has there', async () => {
    const count = await loadCounter(encoding)
    await assertProperty(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...EDGY, 'word ', 'camelCase', '東京', '\n'), { maxLength: 80 }),
        fc.nat(),
        fc.nat(),
        async (parts, a, b) => {
          const text = parts.join('')
          const from = text.length === 0 ? 0 : a % text.length
          const to = from + (b % 40)
          const whole = count.segments(text).filter((s) => s.end > from && s.start < to)
          const window = await tokenWindow(encoding, text, from, to)
          expect(window.segments).toEqual(whole)
          // The text it carries is the segments' own, from the first one's start.
          const at = whole[0]?.start ?? 0
          expect(window.text).toBe(text.slice(at, whole.at(-1)?.end ?? 0))
        },
      ),
      { numRuns: 300 },
    )
  })
})

it('is the same read from an edited text through its slice, far into a long text', async () => {
  const count = await loadCounter('o200k_base')
  // Past WIDEN_CHARS from the start, so only a part of the text is read.
  const before = 'Some words, then more.\n'.repeat(Math.ceil(WIDEN_CHARS / 20))
  await assertProperty(
    fc.asyncProperty(
      fc.array(fc.constantFrom(...EDGY, 'word ', 'camelCase', '東京', '\n', 'a'.repeat(300)), { maxLength: 60 }),
      fc.nat(),
      fc.nat(),
      async (parts, a, b) => {
        const text = before + parts.join('') + before
        const from = before.length + (a % (text.length - 2 * before.length + 1))
        const to = from + (b % 60)
        // A stand-in of the right length: a window that read it instead of `slice` would differ.
        const edited = {
          text: 'z'.repeat(text.length),
          base: '',
          from: 0,
          to: 0,
          insertLength: 0,
          slice: (start: number, end: number) => text.slice(start, end),
        }
        const window = await tokenWindow('o200k_base', edited, from, to)
        expect(window).toEqual(await tokenWindow('o200k_base', text, from, to))
        expect(window.segments).toEqual(count.segments(text).filter((s) => s.end > from && s.start < to))
      },
    ),
    { numRuns: 100 },
  )
})

it('widens a window inside a run with no safe split to the whole run', async () => {
  const text = `one\n${'a'.repeat(5000)}\ntwo`
  const { segments } = await tokenWindow('o200k_base', text, 2500, 2510)
  // Five thousand "a"s are one piece, merged whole; the window holds the tokens that overlap it.
  expect(segments.length).toBeGreaterThan(0)
  expect(segments[0]!.start).toBeLessThanOrEqual(2500)
  expect(segments.at(-1)!.end).toBeGreaterThanOrEqual(2510)
  const all = (await loadCounter('o200k_base')).segments(text)
  expect(segments).toEqual(all.filter((s) => s.end > 2500 && s.start < 2510))
})

it('gives no tokens inside a run with no safe split for longer than it widens, and says so', async () => {
  for (const [text, from] of [
    ['a'.repeat(3 * WIDEN_CHARS), WIDEN_CHARS],
    [`start ${'a'.repeat(2 * WIDEN_CHARS)}`, 10],
  ] as const) {
    expect(await tokenWindow('o200k_base', text, from, from + 100)).toEqual({
      segments: [],
      from,
      to: from + 100,
      noSplitNear: true,
      text: '',
    })
  }
  // Within reach of a split on both sides, the tokens are given.
  const near = `one ${'a'.repeat(WIDEN_CHARS - 200)} two`
  expect((await tokenWindow('o200k_base', near, 10, 20)).noSplitNear).toBe(false)
})

it('cuts a window asked for megabytes to its most, and never merges a run of millions for it', async () => {
  const words = 'word '.repeat(200_000)
  const cut = await tokenWindow('o200k_base', words, 0, words.length)
  expect(cut.to).toBe(MAX_WINDOW_CHARS)
  expect(cut.segments.at(-1)!.end).toBeLessThan(MAX_WINDOW_CHARS + 10)
  // An editor's viewport over one line of five million "a"s: no tokens, and said so.
  const run = 'a'.repeat(5_000_000)
  expect(await tokenWindow('o200k_base', run, 0, run.length)).toMatchObject({
    segments: [],
    noSplitNear: true,
    to: MAX_WINDOW_CHARS,
  })
})

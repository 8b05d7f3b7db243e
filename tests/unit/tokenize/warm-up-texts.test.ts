import { describe, expect, it } from 'vitest'
import { warmUpTexts } from '../../../src/core/tokenize/warm-up-texts.ts'

describe('the texts a worker warms its counting code on', () => {
  const [oneByte, twoByte] = warmUpTexts()

  it('are the same every time', () => {
    expect(warmUpTexts()).toEqual([oneByte, twoByte])
  })

  it('are one text V8 keeps one byte a character (Latin-1 only) and one it keeps two', () => {
    expect(/^[\0-\xff]*$/.test(oneByte)).toBe(true)
    expect(/[^\0-\xff]/.test(twoByte)).toBe(true)
  })

  it('hold every kind of piece: words, contractions, numbers, code, line breaks, other scripts, emoji, marks', () => {
    for (const kind of [/[A-Z][a-z]+ /, /[a-z]'s\b/, /\d{3}/, /\n {4}const /, /\n\n/])
      for (const text of [oneByte, twoByte]) expect(text).toMatch(kind)
    for (const kind of [
      /\p{Script=Cyrillic}/u,
      /\p{Script=Han}/u,
      /\p{Script=Hangul}/u,
      /\p{Extended_Pictographic}/u,
      /\u0301/,
    ])
      expect(twoByte).toMatch(kind)
  })

  it('repeat few words, so that counting them merges rather than looks up', () => {
    const words = oneByte.match(/[a-z]+/gi)!
    expect(words.length).toBeGreaterThan(5_000)
    expect(new Set(words).size / words.length).toBeGreaterThan(0.4)
  })
})

import { describe, expect, it } from 'vitest'
import o200k from 'gpt-tokenizer/bpeRanks/o200k_base'
import { PRE_TOKENIZER_PATTERNS } from '../../../src/core/tokenize/pre-tokenizers.ts'
import { TokenTable } from '../../../src/core/tokenize/token-table.ts'
import { everyBranchTexts, warmUpTexts } from '../../../src/core/tokenize/warm-up-texts.ts'

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

describe('the texts counted as an encoding loads, to take every branch of the counting code', () => {
  const [oneByte, twoByte] = everyBranchTexts()
  const table = TokenTable.fromRankData(o200k)
  const pieces = (text: string) =>
    [...text.matchAll(new RegExp(PRE_TOKENIZER_PATTERNS.o200k_base, 'gu'))].map((m) => m[0])
  const isAscii = (piece: string) => /^[\0-\x7f]*$/.test(piece)
  const utf8Bytes = (piece: string) => new TextEncoder().encode(piece).length

  it('are one text of each kind of string', () => {
    expect(/^[\0-\xff]*$/.test(oneByte)).toBe(true)
    expect(/[^\0-\xff]/.test(twoByte)).toBe(true)
  })

  it.each([
    ['an ASCII piece longer than any token', (p: string) => isAscii(p) && p.length > table.maxLength],
    ['a run of spaces longer than any token', (p: string) => /^ +$/.test(p) && p.length > table.maxLength],
    [
      'a piece of other characters of more than 64 bytes (merged in linear time)',
      (p: string) => !isAscii(p) && utf8Bytes(p) > 64,
    ],
    [
      'a short ASCII piece that is not a token',
      (p: string) => isAscii(p) && p.length >= 2 && p.length <= 8 && table.rank(p, 0, p.length) === Infinity,
    ],
    ['a contraction', (p: string) => /'s$/.test(p)],
  ])('each hold %s, three times (merged, cached, then found in the cache)', (_, isOne) => {
    for (const text of [oneByte, twoByte]) {
      const found = pieces(text).filter(isOne)
      expect(found.length).toBeGreaterThanOrEqual(3)
      expect(found.filter((p) => p === found[0]).length).toBeGreaterThanOrEqual(3)
    }
  })
})

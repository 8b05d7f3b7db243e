import fc from 'fast-check'
import { GptEncoding } from 'gpt-tokenizer/GptEncoding'
import o200k from 'gpt-tokenizer/bpeRanks/o200k_base'
import cl100k from 'gpt-tokenizer/bpeRanks/cl100k_base'
import { describe, expect, it } from 'vitest'
import { bpeCoreOf } from '../../../src/core/tokenize/bpe-core.ts'
import { hashRange, TokenTable } from '../../../src/core/tokenize/token-table.ts'
import { EDGY } from './edgy-text.ts'

const RANKS = { o200k_base: o200k, cl100k_base: cl100k }

describe.each(Object.keys(RANKS) as (keyof typeof RANKS)[])('%s: tokens by range', (encoding) => {
  const core = bpeCoreOf(GptEncoding.getEncodingApi(encoding, () => RANKS[encoding]))
  const byText = core.bytePairStringRankEncoder
  const table = new TokenTable(byText, core.bytePairNonUtfSortedEncoder)

  it('finds every token at its rank, alone and inside other text', () => {
    expect(byText.size).toBeGreaterThan(99_000)
    for (const [text, rank] of byText) {
      expect(table.rank(text, 0, text.length)).toBe(rank)
      expect(table.rank(`é~${text}~`, 2, 2 + text.length)).toBe(rank)
    }
    expect(table.maxLength).toBe([...byText.keys()].reduce((longest, text) => Math.max(longest, text.length), 0))
    const encoder = new TextEncoder()
    const byteLengths = [
      ...[...byText.keys()].map((text) => encoder.encode(text).length),
      ...core.bytePairNonUtfSortedEncoder.map(([bytes]) => bytes.length),
    ]
    expect(table.maxBytes).toBe(byteLengths.reduce((longest, length) => Math.max(longest, length), 0))
  })

  it('gives the rank gpt-tokenizer has for the substring, or none, for any range', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
      maxLength: 12,
    })
    const likely = fc.array(fc.constantFrom(...'etaoinshrdlu .,', ...EDGY), { maxLength: 8 }).map((cs) => cs.join(''))
    const any = fc.string({ unit: 'binary', maxLength: 8 })
    fc.assert(
      fc.property(fc.oneof(ascii, likely, any), fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length ? a % text.length : 0
        const end = start + (text.length ? b % (text.length - start + 1) : 0)
        expect(table.rank(text, start, end)).toBe(byText.get(text.slice(start, end)) ?? Infinity)
      }),
      { numRuns: 5000 },
    )
  })

  it('finds every token that is not whole characters by its bytes, alone and inside other bytes', () => {
    expect(core.bytePairNonUtfSortedEncoder.length).toBeGreaterThan(100)
    for (const [bytes, rank] of core.bytePairNonUtfSortedEncoder) {
      expect(table.rankOfPartialCharacters(bytes, 0, bytes.length)).toBe(rank)
      expect(table.rankOfPartialCharacters(Uint8Array.of(0xe6, ...bytes, 0x80), 1, 1 + bytes.length)).toBe(rank)
    }
  })

  it('gives the rank gpt-tokenizer has for any byte range that splits a character, or none', () => {
    const encoder = new TextEncoder()
    const text = fc
      .array(fc.constantFrom('東', '京', 'é', 'ß', '😀', '🇯🇵', 'а', 'ا', '\u0301', 'a', ' '), {
        minLength: 1,
        maxLength: 6,
      })
      .map((cs) => cs.join(''))
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (chars, a, b) => {
        const bytes = encoder.encode(chars)
        const start = a % bytes.length
        const end = start + 1 + (b % (bytes.length - start))
        const sub = bytes.subarray(start, end)
        fc.pre(!isWholeCharacters(sub))
        expect(table.rankOfPartialCharacters(bytes, start, end)).toBe(core.getBpeRankFromBytes(sub) ?? Infinity)
      }),
      { numRuns: 5000 },
    )
  })
})

function isWholeCharacters(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

it('a string whose hash equals a token’s is not taken for that token', () => {
  // Two different strings with one 32-bit hash, found by the birthday bound in a few 100,000 tries.
  const seen = new Map<number, string>()
  let pair: [string, string] | undefined
  for (let i = 0; !pair; i++) {
    const text = i.toString(36).padStart(5, '0')
    const hash = hashRange(text, 0, text.length)
    const other = seen.get(hash)
    if (other !== undefined) pair = [other, text]
    else seen.set(hash, text)
  }
  const [token, lookalike] = pair
  expect(hashRange(lookalike, 0, lookalike.length)).toBe(hashRange(token, 0, token.length))
  const table = new TokenTable(
    new Map([
      ['a', 0],
      ['b', 1],
      [token, 2],
    ]),
    [],
  )
  expect(table.rank(token, 0, token.length)).toBe(2)
  expect(table.rank(lookalike, 0, lookalike.length)).toBe(Infinity)
})

it('knows the longest token in UTF-8 bytes, counting 2-, 3- and 4-byte characters', () => {
  // é is 2 bytes, 東 3, 😀 4 (two UTF-16 units): 9 bytes in 4 units.
  const table = new TokenTable(
    new Map([
      ['ab', 0],
      ['é東😀', 1],
    ]),
    [[Uint8Array.of(0xe6, 0x9d, 0xb1, 0xe4, 0xba), 2]],
  )
  expect(table.maxLength).toBe(4)
  expect(table.maxBytes).toBe(9)
})

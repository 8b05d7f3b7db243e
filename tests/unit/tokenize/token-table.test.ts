import fc from 'fast-check'
import o200k from 'gpt-tokenizer/bpeRanks/o200k_base'
import cl100k from 'gpt-tokenizer/bpeRanks/cl100k_base'
import { describe, expect, it } from 'vitest'
import { packAscii, PACKED_CHARS, type PackedAscii } from '../../../src/core/tokenize/ascii-pieces.ts'
import { hashRange, TokenTable, type RankData } from '../../../src/core/tokenize/token-table.ts'
import { EDGY } from './edgy-text.ts'
import { assertProperty } from '../property.ts'

const RANKS = { o200k_base: o200k, cl100k_base: cl100k }

/**
 * The published rank data as two plain maps, the reference the hash table is checked against:
 * text → rank for tokens that are whole characters (given as text, or as bytes that decode),
 * and the bytes of the others.
 */
function referenceMaps(data: RankData) {
  const byText = new Map<string, number>()
  const byBytes: [Uint8Array, number][] = []
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  data.forEach((token, rank) => {
    if (typeof token === 'string') byText.set(token, rank)
    else if (token !== undefined) {
      try {
        byText.set(decoder.decode(Uint8Array.from(token)), rank)
      } catch {
        byBytes.push([Uint8Array.from(token), rank])
      }
    }
  })
  const byteKey = (bytes: Uint8Array) => bytes.join(',')
  const bytesRank = new Map(byBytes.map(([bytes, rank]) => [byteKey(bytes), rank]))
  return { byText, byBytes, rankOfBytes: (bytes: Uint8Array) => bytesRank.get(byteKey(bytes)) }
}

describe.each(Object.keys(RANKS) as (keyof typeof RANKS)[])('%s: tokens by range', (encoding) => {
  const { byText, byBytes, rankOfBytes } = referenceMaps(RANKS[encoding])
  const table = TokenTable.fromRankData(RANKS[encoding])

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
      ...byBytes.map(([bytes]) => bytes.length),
    ]
    expect(table.maxBytes).toBe(byteLengths.reduce((longest, length) => Math.max(longest, length), 0))
  })

  it('gives the rank the data has for the substring, or none, for any range', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
      maxLength: 12,
    })
    const likely = fc.array(fc.constantFrom(...'etaoinshrdlu .,', ...EDGY), { maxLength: 8 }).map((cs) => cs.join(''))
    const any = fc.string({ unit: 'binary', maxLength: 8 })
    assertProperty(
      fc.property(fc.oneof(ascii, likely, any), fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length ? a % text.length : 0
        const end = start + (text.length ? b % (text.length - start + 1) : 0)
        expect(table.rank(text, start, end)).toBe(byText.get(text.slice(start, end)) ?? Infinity)
      }),
      { numRuns: 5000 },
    )
  })

  const packedTable = TokenTable.fromRankData(RANKS[encoding])
  packedTable.packShortAscii()
  const packedRank = (text: string) => {
    const out: PackedAscii = { low: 0, high: 0 }
    packAscii(text, 0, text.length, out)
    return packedTable.rankOfPacked(out.low, out.high)
  }

  it('finds every ASCII token of 2–8 characters by its packed characters', () => {
    let found = 0
    for (const [text, rank] of byText)
      if (/^[\0-\x7f]{2,8}$/.test(text)) {
        expect(packedRank(text)).toBe(rank)
        found++
      }
    expect(found).toBeGreaterThan(60_000)
  })

  it('finds no packed ASCII piece of 2–8 characters that is not a token', () => {
    const piece = fc.string({
      unit: fc.constantFrom(...'etaoinshrdlu .,\n\0ABC019(){}'),
      minLength: 2,
      maxLength: PACKED_CHARS,
    })
    let tokens = 0
    assertProperty(
      fc.property(piece, (text) => {
        const rank = byText.get(text)
        if (rank !== undefined) tokens++
        expect(packedRank(text)).toBe(rank ?? -1)
      }),
      { numRuns: 20_000 },
    )
    // Both answers were checked, not only "no token".
    expect(tokens).toBeGreaterThan(100)
  })

  it('finds every token that is not whole characters by its bytes, alone and inside other bytes', () => {
    expect(byBytes.length).toBeGreaterThan(100)
    for (const [bytes, rank] of byBytes) {
      expect(table.rankOfPartialCharacters(bytes, 0, bytes.length)).toBe(rank)
      expect(table.rankOfPartialCharacters(Uint8Array.of(0xe6, ...bytes, 0x80), 1, 1 + bytes.length)).toBe(rank)
    }
  })

  it('gives the rank the data has for any byte range that splits a character, or none', () => {
    const encoder = new TextEncoder()
    const text = fc
      .array(fc.constantFrom('東', '京', 'é', 'ß', '😀', '🇯🇵', 'а', 'ا', '\u0301', 'a', ' '), {
        minLength: 1,
        maxLength: 6,
      })
      .map((cs) => cs.join(''))
    assertProperty(
      fc.property(text, fc.nat(), fc.nat(), (chars, a, b) => {
        const bytes = encoder.encode(chars)
        const start = a % bytes.length
        const end = start + 1 + (b % (bytes.length - start))
        const sub = bytes.subarray(start, end)
        fc.pre(!isWholeCharacters(sub))
        expect(table.rankOfPartialCharacters(bytes, start, end)).toBe(rankOfBytes(sub) ?? Infinity)
      }),
      { numRuns: 5000 },
    )
  })
})

it('finds the tokens that start with a byte order mark by their text, mark kept', () => {
  // The data gives them as bytes (EF BB BF …); text with U+FEFF is looked up by its string.
  for (const data of [o200k, cl100k]) {
    const bomTokens = data.flatMap((token, rank) =>
      Array.isArray(token) && token[0] === 0xef && token[1] === 0xbb && token[2] === 0xbf
        ? [[token, rank] as const]
        : [],
    )
    expect(bomTokens.length).toBeGreaterThanOrEqual(8)
    const table = TokenTable.fromRankData(data)
    for (const [bytes, rank] of bomTokens) {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(Uint8Array.from(bytes))
      expect(text.startsWith('\ufeff')).toBe(true)
      expect(table.rank(text, 0, text.length)).toBe(rank)
    }
  }
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
  const table = new TokenTable(['a', 'b', token], [])
  expect(table.rank(token, 0, token.length)).toBe(2)
  expect(table.rank(lookalike, 0, lookalike.length)).toBe(Infinity)
})

it('knows the longest token in UTF-8 bytes, counting 2-, 3- and 4-byte characters', () => {
  // é is 2 bytes, 東 3, 😀 4 (two UTF-16 units): 9 bytes in 4 units.
  const table = new TokenTable(['ab', 'é東😀'], [[Uint8Array.of(0xe6, 0x9d, 0xb1, 0xe4, 0xba), 2]])
  expect(table.maxLength).toBe(4)
  expect(table.maxBytes).toBe(9)
})

import fc from 'fast-check'
import o200k from 'gpt-tokenizer/bpeRanks/o200k_base'
import cl100k from 'gpt-tokenizer/bpeRanks/cl100k_base'
import { describe, expect, it } from 'vitest'
import { ENCODING_NAMES, loadCounter } from '../../../src/core/tokenize/encodings.ts'
import { TokenTable, type RankData } from '../../../src/core/tokenize/token-table.ts'
import { tiktokenCount, tiktokenIds } from '../tiktoken-oracle.ts'
import { assertProperty } from '../property.ts'

const RANKS: Record<string, RankData> = { o200k_base: o200k, cl100k_base: cl100k }
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** A character whose UTF-8 ends with `byte` (ASCII or a continuation byte). */
const endingWith = (byte: number) => (byte < 0x80 ? byte : 0x80 | (byte & 0x3f))
/** A character whose UTF-8 starts with `byte` (ASCII or a lead byte), or undefined. */
function startingWith(byte: number): number | undefined {
  if (byte < 0x80) return byte
  if (byte >= 0xc2 && byte <= 0xdf) return (byte & 0x1f) << 6
  if (byte >= 0xe0 && byte <= 0xef) return ((byte & 0x0f) << 12) | 0x800
  if (byte >= 0xf0 && byte <= 0xf4) return ((byte & 0x07) << 18) | 0x10000
  return undefined
}

describe.each(ENCODING_NAMES)('%s: where a piece falls apart', (encoding) => {
  it('every pair of adjacent characters inside a token, and every place inside one that splits a character, stays joined', () => {
    const table = TokenTable.fromRankData(RANKS[encoding]!)
    let pairs = 0
    const split: string[] = []
    for (const token of RANKS[encoding]!) {
      if (token === undefined) continue
      const bytes = typeof token === 'string' ? new TextEncoder().encode(token) : Uint8Array.from(token)
      let text: string | undefined
      try {
        text = strictUtf8.decode(bytes)
      } catch {
        text = undefined
      }
      if (text !== undefined) {
        const codes = [...text].map((c) => c.codePointAt(0)!)
        for (let i = 0; i + 1 < codes.length; i++) {
          if (!table.joins.mayJoin(codes[i]!, codes[i + 1]!)) split.push(`${JSON.stringify(text)} at ${i}`)
          pairs++
        }
      } else {
        // Any two characters that meet at a place inside this token, as their bytes there.
        for (let i = 0; i + 1 < bytes.length; i++) {
          const before = bytes[i]!
          const after = startingWith(bytes[i + 1]!)
          // A lead byte never ends a character; a continuation byte never starts one.
          if (before >= 0xc0 || after === undefined) continue
          if (!table.joins.mayJoin(endingWith(before), after)) split.push(`bytes ${bytes.join(',')} at ${i}`)
          pairs++
        }
      }
    }
    console.log(`${encoding}: ${pairs} joined pairs checked`)
    expect(split).toEqual([])
    expect(pairs).toBeGreaterThan(10_000)
  })

  it('emoji and CJK fall apart between most characters, and merged in parts their tokens are tiktoken’s', async () => {
    const table = TokenTable.fromRankData(RANKS[encoding]!)
    const count = await loadCounter(encoding)
    const samples = ['😀😂🥲👍🏽👩‍💻👨‍👩‍👧‍👦🏳️‍🌈🇯🇵🇺🇸❤️‍🔥🦊', '東京都の天気は晴れのち曇りでしょう', '这是一个测试句子没有标点符号']
    for (const text of samples) {
      const codes = [...text].map((c) => c.codePointAt(0)!)
      const free = codes.slice(1).filter((code, i) => !table.joins.mayJoin(codes[i]!, code)).length
      expect(free, text).toBeGreaterThan(2)
      const ids = count.segments(text).flatMap((segment) => segment.ids)
      expect(ids).toEqual(tiktokenIds(encoding, text))
      expect(count(text)).toBe(tiktokenCount(encoding, text))
    }
  })

  it('long runs of emoji, CJK, accents and joiners count as tiktoken counts them', async () => {
    const count = await loadCounter(encoding)
    const alphabet = [
      '😀',
      '👍🏽',
      '👩‍💻',
      '🇯🇵',
      '❤️',
      '\u200d',
      '\ufe0f',
      '東',
      '京',
      'の',
      'ー',
      'é',
      'e\u0301',
      'ж',
      'a',
      '1',
    ]
    assertProperty(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }), (parts) => {
        const text = parts.join('')
        expect(count(text)).toBe(tiktokenCount(encoding, text))
        expect(count.segments(text).flatMap((segment) => segment.ids)).toEqual(tiktokenIds(encoding, text))
      }),
      { numRuns: 300 },
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { finish, mergeLinear, mergeLinearSteps, mergeNaive, tokensOf } from '../../../src/core/tokenize/linear-merge.ts'
import { ENCODING_NAMES, loadCounter } from '../../../src/core/tokenize/encodings.ts'
import { tiktokenCount } from '../tiktoken-oracle.ts'
import { assertProperty } from '../property.ts'

describe('mergeLinear equals the naive merge loop', () => {
  it('on random rank tables over small alphabets (ties and all)', () => {
    assertProperty(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 0, maxLength: 400 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (symbols, seed) => {
          // A deterministic rank for every substring shape: some have none, many tie.
          const ranks = new Map<string, number>()
          const rankOf = (start: number, end: number) => {
            const key = symbols.slice(start, end).join('')
            let rank = ranks.get(key)
            if (rank === undefined) {
              let h = seed ^ key.length
              for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0
              rank = end - start === 1 || h % 5 !== 0 ? h % 7 : Infinity
              ranks.set(key, rank)
            }
            return rank
          }
          expect(mergeLinear(symbols.length, rankOf)).toEqual(mergeNaive(symbols.length, rankOf))
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('mergeLinearSteps pauses inside a long piece', () => {
  it('every 8,192 pairs or so, with a share done that only grows, and merges as without pauses', () => {
    // 100,000 bytes of "ab" with two ranks: the pairs merge level by level.
    const length = 100_000
    const rankOf = (start: number, end: number) => (end - start === 2 ? 1 : end - start === 4 ? 2 : Infinity)
    const steps = mergeLinearSteps(length, rankOf)
    const shares: number[] = []
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        // Every "ab" pair merges, then every two pairs: 25,000 tokens of rank 2.
        expect(tokensOf(step.value, rankOf)).toEqual(new Array(25_000).fill(2))
        break
      }
      shares.push(step.value)
    }
    // 100,000 first pairs and 75,000 merges: at least 175,000 / 8,192 pauses.
    expect(shares.length).toBeGreaterThanOrEqual(21)
    expect(shares.every((share, i) => share >= 0 && share <= 1 && (i === 0 || share >= shares[i - 1]!))).toBe(true)
    expect(tokensOf(finish(mergeLinearSteps(1000, rankOf)), rankOf)).toEqual(mergeNaive(1000, rankOf))
  })
})

describe.each(ENCODING_NAMES)('%s: counts of long, merge-heavy pieces equal tiktoken', (encoding) => {
  it('random pieces of 1–5,000 characters from small alphabets', async () => {
    const count = await loadCounter(encoding)
    const alphabets = [
      ['a'],
      ['a', 'b'],
      [' '],
      [' ', '\t'],
      ['0'],
      ['=', '-'],
      ['ab', 'a', 'b'],
      ['é', 'e'],
      ['東', '京'],
      ['\n'],
      ['.', '·'],
      ['👩‍💻', '🇯🇵', 'a'],
      ['\ud800', 'a', 'é'],
      ['ǅ', 'x', '\u0301'],
    ]
    assertProperty(
      fc.property(
        fc
          .constantFrom(...alphabets)
          .chain((alphabet) => fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 5000 })),
        (parts) => {
          const text = parts.join('')
          expect(count(text)).toBe(tiktokenCount(encoding, text))
        },
      ),
      { numRuns: 60 },
    )
  })

  it.each([
    ['20,000 × "a"', 'a'.repeat(20_000)],
    ['20,000 spaces', ' '.repeat(20_000)],
    ['a 300 KB base64 blob', base64(225_000)],
    ['20,000 × "ab" inside prose', `Before ${'ab'.repeat(10_000)} after.`],
    ['a long run of lone surrogates (each becomes U+FFFD)', `${'\ud800'.repeat(100)} ${'\ud800a'.repeat(100)}`],
    ['lone surrogates among punctuation (read as U+FFFD, not as "?")', `«\udc00» !\ud800 ${'\ud800?'.repeat(40)}`],
    ['long runs of CJK, flags and accents', `${'東京タワー'.repeat(400)} ${'🇯🇵'.repeat(300)} ${'é'.repeat(2000)}`],
  ])('%s', async (_, text) => {
    expect((await loadCounter(encoding))(text)).toBe(tiktokenCount(encoding, text))
  })
})

function base64(bytes: number): string {
  let seed = 7
  const data = new Uint8Array(bytes).map(() => (seed = (seed * 48271) % 2147483647) & 255)
  return Buffer.from(data).toString('base64')
}

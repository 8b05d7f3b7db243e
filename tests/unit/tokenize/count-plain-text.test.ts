import fc from 'fast-check'
import { GptEncoding } from 'gpt-tokenizer/GptEncoding'
import o200k from 'gpt-tokenizer/bpeRanks/o200k_base'
import { describe, expect, it } from 'vitest'
import { bpeCoreOf } from '../../../src/core/tokenize/bpe-core.ts'
import { plainTextCounter } from '../../../src/core/tokenize/count-plain-text.ts'
import { ENCODING_NAMES, loadCounter } from '../../../src/core/tokenize/encodings.ts'
import { installPieceMerger } from '../../../src/core/tokenize/piece-merger.ts'
import { nextSafeSplit } from '../../../src/core/tokenize/safe-splits.ts'
import { tiktokenCount } from '../tiktoken-oracle.ts'
import { EDGY } from './edgy-text.ts'

describe.each(ENCODING_NAMES)('%s: counting a range in place', (encoding) => {
  it('the counts of the parts between safe splits add up to tiktoken’s count of the whole', async () => {
    const count = await loadCounter(encoding)
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...EDGY, 'word ', 'Word', 'base64+/=', '\n'), { maxLength: 200 }),
        fc.nat(40),
        (parts, step) => {
          const text = parts.join('')
          let total = 0
          for (let start = 0; start < text.length;) {
            const split = nextSafeSplit(text, start + 1 + step, text.length, encoding)
            const end = split < 0 ? text.length : split
            total += count(text, start, end)
            start = end
          }
          expect(total).toBe(tiktokenCount(encoding, text))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('refuses a range that ends inside a piece instead of miscounting it', async () => {
    const count = await loadCounter(encoding)
    // The pieces are "hello" and " world".
    expect(count('hello world', 0, 5)).toBe(1)
    expect(count('hello world', 5, 11)).toBe(1)
    expect(() => count('hello world', 0, 3)).toThrow(/not where a piece starts/)
    expect(() => count('hello world', 0, 7)).toThrow(/not where a piece starts/)
  })
})

it('counts text after a gap in the pre-tokenizer’s matches with the fallback', () => {
  const core = bpeCoreOf(GptEncoding.getEncodingApi('o200k_base', () => o200k))
  const merger = installPieceMerger(core)
  // A pattern that, unlike the real ones, does not match spaces.
  const gappy = Object.create(core, { tokenSplitRegex: { value: /[a-z]+/gu } }) as typeof core
  const rests: string[] = []
  const count = plainTextCounter(gappy, merger, (rest) => {
    rests.push(rest)
    return 100
  })
  expect(count('hello world')).toBe(1 + 100)
  expect(rests).toEqual([' world'])
})

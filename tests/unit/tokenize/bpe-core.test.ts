import { GptEncoding } from 'gpt-tokenizer/GptEncoding'
import o200k from 'gpt-tokenizer/bpeRanks/o200k_base'
import { expect, it } from 'vitest'
import { bpeCoreOf } from '../../../src/core/tokenize/bpe-core.ts'

it('reaches the internals of the installed gpt-tokenizer', () => {
  const core = bpeCoreOf(GptEncoding.getEncodingApi('o200k_base', () => o200k))
  expect(core.bytePairStringRankEncoder.get('hello')).toBe(24912)
  expect(core.bytePairNonUtfSortedEncoder.length).toBeGreaterThan(0)
})

it('says so when gpt-tokenizer no longer has them, instead of counting wrong', () => {
  expect(() => bpeCoreOf({})).toThrow(/gpt-tokenizer changed its internals/)
  expect(() => bpeCoreOf({ bytePairEncodingCoreProcessor: { bytePairEncode: () => [] } })).toThrow(
    /gpt-tokenizer changed its internals/,
  )
})

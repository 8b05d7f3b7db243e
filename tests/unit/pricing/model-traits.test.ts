import { expect, it } from 'vitest'
import {
  billedOf,
  countingOf,
  isEstimate,
  usesVocabulary,
  withoutVocabularies,
} from '../../../src/core/pricing/model-traits.ts'
import { tokens } from '../../../src/core/units.ts'

it('counts a model with its own encoding where the provider publishes one', () => {
  expect(countingOf({ tokenizer: 'o200k_base' })).toEqual({ counter: 'o200k_base', estimate: false })
  expect(countingOf({ tokenizer: 'cl100k_base' })).toEqual({ counter: 'cl100k_base', estimate: false })
})

it('counts a model without a public tokenizer with o200k_base, as an estimate', () => {
  expect(countingOf({ tokenizer: 'estimate' })).toEqual({ counter: 'o200k_base', estimate: true })
  expect(isEstimate({ tokenizer: 'estimate' })).toBe(true)
  expect(isEstimate({ tokenizer: 'cl100k_base' })).toBe(false)
})

it('counts an open-vocabulary model exactly with its vocabulary', () => {
  expect(countingOf({ tokenizer: 'llama-3' })).toEqual({ counter: 'llama-3', estimate: false })
  expect(usesVocabulary({ tokenizer: 'gemma-3' })).toBe(true)
  expect(usesVocabulary({ tokenizer: 'o200k_base' })).toBe(false)
})

it('bills the laid-out request, or the two texts alone where the provider bills no template', () => {
  const count = {
    promptTokens: tokens(2),
    systemTokens: tokens(3),
    billedInputTokens: tokens(20),
    systemMessageTokens: tokens(13),
  }
  expect(billedOf({}, count)).toBe(count)
  expect(billedOf({ chat_template: true }, count)).toBe(count)
  expect(billedOf({ chat_template: false }, count)).toEqual({ billedInputTokens: 5, systemMessageTokens: 3 })
  // With messages, tools or a schema (their texts 7 tokens, before the prompt): the texts alone too.
  const withParts = { ...count, billedInputTokens: tokens(40), partTextTokens: tokens(7) }
  expect(billedOf({ chat_template: false }, withParts)).toEqual({ billedInputTokens: 12, systemMessageTokens: 10 })
})

it('makes vocabulary models estimates where counting runs on the page, and leaves the rest alone', () => {
  const models = [
    { id: 'a', tokenizer: 'o200k_base' as const },
    { id: 'b', tokenizer: 'llama-3' as const, estimate: 'llama-3' },
  ]
  const onPage = withoutVocabularies(models)
  expect(onPage.map((m) => m.tokenizer)).toEqual(['o200k_base', 'estimate'])
  expect(onPage[1]).toMatchObject({ id: 'b', estimate: 'llama-3' })
  expect(onPage[0]).toBe(models[0])
  // Nothing to change: the same list.
  expect(withoutVocabularies([models[0]!])).toEqual([models[0]])
})

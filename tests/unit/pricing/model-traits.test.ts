import { expect, it } from 'vitest'
import { countingOf, isEstimate } from '../../../src/core/pricing/model-traits.ts'

it('counts a model with its own encoding where the provider publishes one', () => {
  expect(countingOf({ tokenizer: 'o200k_base' })).toEqual({ encoding: 'o200k_base', estimate: false })
  expect(countingOf({ tokenizer: 'cl100k_base' })).toEqual({ encoding: 'cl100k_base', estimate: false })
})

it('counts a model without a public tokenizer with o200k_base, as an estimate', () => {
  expect(countingOf({ tokenizer: 'estimate' })).toEqual({ encoding: 'o200k_base', estimate: true })
  expect(isEstimate({ tokenizer: 'estimate' })).toBe(true)
  expect(isEstimate({ tokenizer: 'cl100k_base' })).toBe(false)
})

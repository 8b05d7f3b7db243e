import { describe, expect, it } from 'vitest'
import { comparePricing, missingReferenceKeys } from '../../../scripts/pricing-compare-lib.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'

function release() {
  const r = fixtureRelease()
  r.models[0]!.reference_keys = { litellm: 'gpt-4o-mini', 'llm-prices': 'gpt-4o-mini' }
  return r
}
const litellm = {
  'gpt-4o-mini': {
    input_cost_per_token: 1.5e-7,
    output_cost_per_token: 6e-7,
    cache_read_input_token_cost: 7.5e-8,
    input_cost_per_token_batches: 7.5e-8,
  },
}
const llmPrices = [
  {
    vendor: 'openai',
    models: [{ id: 'gpt-4o-mini', price_history: [{ input: 0.15, output: 0.6, input_cached: 0.075, to_date: null }] }],
  },
]

describe('comparePricing', () => {
  it('finds no difference when prices agree (per-token values converted to per 1M exactly)', () => {
    expect(comparePricing(release(), litellm, llmPrices)).toEqual([])
  })

  it('reports a differing price as unexplained', () => {
    const r = release()
    r.models[0]!.prices[0]!.output = 0.7
    const diffs = comparePricing(r, litellm, llmPrices)
    expect(diffs.map((d) => [d.reference, d.field, d.ours, d.theirs, d.explanation])).toEqual([
      ['litellm', 'output', '0.7', '0.6', undefined],
      ['llm-prices', 'output', '0.7', '0.6', undefined],
    ])
  })

  it('accepts a difference the row explains for that reference and field', () => {
    const r = release()
    r.models[0]!.prices[0]!.output = 0.7
    r.models[0]!.prices[0]!.disagreements = [
      { reference: 'litellm', fields: ['output'], reason: 'LiteLLM is older than the change.' },
    ]
    const diffs = comparePricing(r, litellm, llmPrices)
    expect(diffs.find((d) => d.reference === 'litellm')?.explanation).toBe('LiteLLM is older than the change.')
    expect(diffs.find((d) => d.reference === 'llm-prices')?.explanation).toBeUndefined()
  })

  it('compares batch discounts and long-context tiers', () => {
    const r = release()
    r.models[0]!.prices[0]!.batch_discount = null
    const withTier = {
      'gpt-4o-mini': {
        ...litellm['gpt-4o-mini'],
        input_cost_per_token_above_200k_tokens: 3e-7,
        output_cost_per_token_above_200k_tokens: 1.2e-6,
      },
    }
    const fields = comparePricing(r, withTier, []).map((d) => d.field)
    expect(fields).toEqual(['batch_discount', 'tiers'])
  })

  it('names reference keys that do not exist', () => {
    const r = release()
    r.models[0]!.reference_keys.litellm = 'gpt-4o-mni'
    expect(missingReferenceKeys(r, litellm, llmPrices)).toEqual(['gpt-4o-mini: litellm has no "gpt-4o-mni"'])
  })
})

import { describe, expect, it } from 'vitest'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { customModelWarnings, customPricedModel } from '../../../src/core/pricing/custom-model.ts'
import { DEFAULT_SCENARIO } from '../../../src/core/scenario/scenario.ts'

const custom = {
  name: '  ',
  inputUsdPerMTok: 1,
  outputUsdPerMTok: 4,
  cachedInputUsdPerMTok: 0.1,
  batchDiscountPercent: 50,
}

describe('customPricedModel', () => {
  it('prices like any model: (500 × 1 + 1000 × 4) / 1e6 = $0.0045, batch and caching included', () => {
    const model = customPricedModel(custom)
    expect(model.name).toBe('Custom model')
    const base = {
      ...DEFAULT_SCENARIO,
      modelIds: ['custom'],
      mixPercents: [100],
      inputTokensOverride: 500,
      maxTokens: 1000,
      volume: 1000,
    }
    expect(scenarioCosts(base, [model], () => undefined).rows[0]!.perRequestUsd).toBeCloseTo(0.0045, 12)
    // all 1,000 requests batched at 50% off: 4.5 × 0.5 = 2.25
    expect(scenarioCosts({ ...base, batchPercent: 100 }, [model], () => undefined).monthlyTotalUsd).toBeCloseTo(
      2.25,
      12,
    )
    // a 300-token prefix read from the cache every time: 300 × 0.1 + 200 × 1 + 1000 × 4 = 4,230 per 1M
    const cached = scenarioCosts({ ...base, prefixTokens: 300, promptCachePercent: 100 }, [model], () => undefined)
      .rows[0]!
    expect(cached.cachedTokens).toBe(300)
    expect(cached.perRequestUsd).toBeCloseTo(0.00423, 12)
  })

  it('has no batch API and no caching when those prices are left empty', () => {
    const model = customPricedModel({ ...custom, cachedInputUsdPerMTok: null, batchDiscountPercent: null })
    expect(model.min_cacheable_tokens).toBeNull()
    expect(model.prices[0]!.batch_discount).toBeNull()
    expect(model.tokenizer).toBe('estimate')
  })
})

describe('customModelWarnings', () => {
  it('says when the cache-read price is above the input price, and nothing otherwise', () => {
    expect(customModelWarnings(custom)).toEqual({})
    expect(customModelWarnings({ ...custom, cachedInputUsdPerMTok: 1 })).toEqual({})
    expect(customModelWarnings({ ...custom, cachedInputUsdPerMTok: null })).toEqual({})
    expect(
      customModelWarnings({ ...custom, inputUsdPerMTok: 0.0000001, cachedInputUsdPerMTok: 2 }).cachedInput,
    ).toMatch(/^Above the input price \(\$0\.0000001\): cache reads would cost more/)
  })
})

import { describe, expect, it } from 'vitest'
import { leverSavings } from '../../../src/core/cost/lever-savings.ts'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { formatMonthlyUsd } from '../../../src/core/format/format-usd.ts'
import { models, none, scenario } from './two-models.ts'

describe('leverSavings', () => {
  it('walks from the baseline (the priciest model at max_tokens) to the scenario one lever at a time', () => {
    const savings = leverSavings(scenario, models, none)!
    // baseline: all on gpt-4o, the priciest, every reply at 1,000: (500 × 2.5 + 1000 × 10) = 11,250 per 1M × 1M
    expect(savings.baselineModelId).toBe('gpt-4o')
    expect(formatMonthlyUsd(savings.naiveUsd)).toBe('$11,250.00')
    const steps = savings.steps.map((s) => [s.lever, formatMonthlyUsd(s.afterUsd), formatMonthlyUsd(s.savedUsd)])
    expect(steps).toEqual([
      // expected 200 out: 1250 + 2000 = 3,250
      ['output', '$3,250.00', '$8,000.00'],
      // 0.8 × (75 + 120) + 0.2 × 3,250 = 156 + 650 = 806
      ['mix', '$806.00', '$2,444.00'],
      // no escalation, no classifier
      ['routing', '$806.00', '$0.00'],
      // × 0.75 = 604.50
      ['response-cache', '$604.50', '$201.50'],
      // no system message, no prefix: nothing cached
      ['prompt-cache', '$604.50', '$0.00'],
      // × (1 − 0.5 × 0.5) = 453.375
      ['batch', '$453.38', '$151.13'],
    ])
    expect(savings.scenarioUsd).toBeCloseTo(scenarioCosts(scenario, models, none).monthlyTotalUsd, 9)
    // the steps add up to the whole difference: 11,250 − 453.375 = 10,796.625
    expect(savings.steps.reduce((sum, s) => sum + s.savedUsd, 0)).toBeCloseTo(10_796.625, 9)
  })

  it('counts escalation and a classifier as a step of their own, after the mix they cost against', () => {
    const routed = { ...scenario, responseCachePercent: 0, batchPercent: 0, escalationPercent: 10 }
    const savings = leverSavings({ ...routed, classifierModelId: 'gpt-4o-mini', classifierTokens: 300 }, models, none)!
    // The routing test's figures: escalation $260.00 and classifier $45.60 on the mix's $806.00.
    const step = savings.steps.find((s) => s.lever === 'routing')!
    expect(formatMonthlyUsd(step.afterUsd)).toBe('$1,111.60')
    expect(step.savedUsd).toBeCloseTo(-305.6, 9)
    expect(formatMonthlyUsd(savings.naiveUsd)).toBe('$11,250.00')
  })

  it('with no lever set, never adds cost', () => {
    const plain = { ...scenario, outputTokens: null, responseCachePercent: 0, batchPercent: 0 }
    for (const mixPercents of [
      [100, 0],
      [80, 20],
      [0, 100],
    ]) {
      const savings = leverSavings({ ...plain, mixPercents }, models, none)!
      for (const step of savings.steps) expect(step.savedUsd).toBeGreaterThanOrEqual(0)
    }
  })

  it('is undefined until every compared model is counted', () => {
    expect(leverSavings({ ...scenario, inputTokensOverride: null }, models, none)).toBeUndefined()
  })
})

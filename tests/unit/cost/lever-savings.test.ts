import { describe, expect, it } from 'vitest'
import { leverSavings } from '../../../src/core/cost/lever-savings.ts'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { formatMonthlyUsd } from '../../../src/core/format/format-usd.ts'
import { models, none, scenario } from './two-models.ts'

describe('leverSavings', () => {
  it('walks from the naive cost to the scenario one lever at a time', () => {
    const savings = leverSavings(scenario, models, none)!
    // naive: all on gpt-4o-mini, every reply at 1,000: (500 × 0.15 + 1000 × 0.6) = 675 per 1M × 1M
    expect(formatMonthlyUsd(savings.naiveUsd)).toBe('$675.00')
    const steps = savings.steps.map((s) => [s.lever, formatMonthlyUsd(s.afterUsd), formatMonthlyUsd(s.savedUsd)])
    expect(steps).toEqual([
      // expected 200 out: 75 + 120 = 195
      ['output', '$195.00', '$480.00'],
      // 0.8 × 195 + 0.2 × (1250 + 2000) = 156 + 650 = 806: routing 20% to gpt-4o adds 611
      ['mix', '$806.00', '-$611.00'],
      // × 0.75 = 604.50
      ['response-cache', '$604.50', '$201.50'],
      // no system message, no prefix: nothing cached
      ['prompt-cache', '$604.50', '$0.00'],
      // × (1 − 0.5 × 0.5) = 453.375
      ['batch', '$453.38', '$151.13'],
    ])
    expect(savings.scenarioUsd).toBeCloseTo(scenarioCosts(scenario, models, none).monthlyTotalUsd, 9)
    // the steps add up to the whole difference: 675 − 453.375 = 221.625
    expect(savings.steps.reduce((sum, s) => sum + s.savedUsd, 0)).toBeCloseTo(221.625, 9)
  })

  it('is undefined until every compared model is counted', () => {
    expect(leverSavings({ ...scenario, inputTokensOverride: null }, models, none)).toBeUndefined()
  })
})

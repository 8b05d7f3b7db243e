import { describe, expect, it } from 'vitest'
import { baselineLine, leversSummary, mixPerRequestUsd, routingSummary } from '../../../src/core/cost/cost-summary.ts'
import { formatRequestUsd } from '../../../src/core/format/format-usd.ts'
import { leverSavings } from '../../../src/core/cost/lever-savings.ts'
import { countedAt } from '../../../src/core/cost/estimate-range.ts'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { tokens } from '../../../src/core/units.ts'
import { CLAUDE_RANGE, fixtureRelease } from '../pricing/fixture-release.ts'
import { mini, models, none, scenario } from './two-models.ts'

describe('summaries', () => {
  it('says what routing saves against all traffic on the priciest model', () => {
    // all gpt-4o: (500 × 2.5 + 200 × 10) = 3,250 per 1M requests × 0.75 × 0.75 = 1,828.125
    // saving: 1,828.125 − 453.375 = 1,374.75
    expect(routingSummary(scenarioCosts(scenario, models, none))).toBe(
      'Routing 80% to gpt-4o-mini saves $1,374.75/month against all gpt-4o.',
    )
  })

  it('marks models counted with a stand-in tokenizer as estimates', () => {
    const llama = fixtureRelease().models.find((m) => m.id === 'some-host/llama')!
    const costs = scenarioCosts({ ...scenario, modelIds: ['gpt-4o-mini', 'some-host/llama'] }, [mini!, llama], none)
    // llama at $1/$1: (500 + 200) = 700 per 1M requests × 0.5625 = 393.75; mini 109.6875
    // mix: 0.8 × 109.6875 + 0.2 × 393.75 = 166.5; saved 393.75 − 166.5 = 227.25
    expect(routingSummary(costs)).toBe(
      'Routing 80% to gpt-4o-mini saves $227.25/month against all some-host/llama (≈ estimate).',
    )
  })

  it('gives a range where an estimate model makes the two ends of its range differ', () => {
    const llama = { ...fixtureRelease().models.find((m) => m.id === 'some-host/llama')!, estimate: 'claude-3' }
    const range = CLAUDE_RANGE
    const counted = () => ({ billedInputTokens: tokens(1000), systemMessageTokens: tokens(0) })
    const counts = { ...scenario, modelIds: ['gpt-4o-mini', 'some-host/llama'], inputTokensOverride: null }
    const at = (end: 'low' | 'high') => countedAt(counted, [range], end)
    const high = scenarioCosts(counts, [mini!, llama], at('high'))
    const low = scenarioCosts(counts, [mini!, llama], at('low'))
    // llama: 1,300 (low 1,160) in + 200 out at $1/$1 × 0.5625 = 843.75 (765); mini 270 × 0.5625 = 151.875
    // mix 0.8 × 151.875 + 0.2 × 843.75 = 290.25 (274.5): saved 553.5 (490.5)
    expect(routingSummary(high, low)).toBe(
      'Routing 80% to gpt-4o-mini saves ≈ $490.50–$553.50/month against all some-host/llama (≈ estimate).',
    )
    const savings = leverSavings(counts, [mini!, llama], at('high'))!
    const savingsLow = leverSavings(counts, [mini!, llama], at('low'))!
    // All traffic on llama at max_tokens, nothing cached or batched: 1,300 (1,160) + 1,000 per request.
    expect(baselineLine(savings, savingsLow)).toBe(
      'Baseline: all traffic on some-host/llama, every reply at max_tokens, no caches, no batch: ≈ $2,160.00–$2,300.00/month.',
    )
    // 2,300 − 290.25 = 2,009.75 (2,160 − 274.5 = 1,885.5)
    expect(leversSummary(savings, savingsLow)).toBe(
      'Together the levers save ≈ $1,885.50–$2,009.75/month (87.38%) against the baseline.',
    )
  })

  it('has nothing to say about routing with one model', () => {
    expect(
      routingSummary(scenarioCosts({ ...scenario, modelIds: ['gpt-4o'], mixPercents: [100] }, models, none)),
    ).toBeNull()
  })

  it('states the baseline, then sums the levers against it', () => {
    const savings = leverSavings(scenario, models, none)!
    expect(baselineLine(savings)).toBe(
      'Baseline: all traffic on gpt-4o, every reply at max_tokens, no caches, no batch: $11,250.00/month.',
    )
    // 10,796.625 / 11,250 = 95.97%
    expect(leversSummary(savings)).toBe('Together the levers save $10,796.63/month (95.97%) against the baseline.')
  })

  it('says no lever changes the cost when none is set', () => {
    const one = { ...scenario, modelIds: ['gpt-4o'], mixPercents: [100], outputTokens: null }
    const savings = leverSavings({ ...one, responseCachePercent: 0, batchPercent: 0 }, models, none)!
    expect(leversSummary(savings)).toBe('No lever changes the cost yet: the scenario costs the baseline.')
  })
})

it('prices a request across the mix: Σ share × per request', () => {
  // 80/20 of gpt-4o-mini and gpt-4o, 500 in, 200 out: 0.8 × 0.000195 + 0.2 × 0.00325 = 0.000806
  const costs = scenarioCosts(scenario, models, none)
  expect(formatRequestUsd(mixPerRequestUsd(costs))).toBe('$0.000806')
})

import { describe, expect, it } from 'vitest'
import { baselineLine, leversSummary, mixPerRequestUsd, routingSummary } from '../../../src/core/cost/cost-summary.ts'
import { formatRequestUsd } from '../../../src/core/format/format-usd.ts'
import { leverSavings } from '../../../src/core/cost/lever-savings.ts'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'
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

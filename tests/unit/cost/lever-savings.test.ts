import { describe, expect, it } from 'vitest'
import { leversSummary, routingSummary } from '../../../src/core/cost/cost-summary.ts'
import { leverSavings } from '../../../src/core/cost/lever-savings.ts'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { volumeCurve, volumeSteps } from '../../../src/core/cost/volume-curve.ts'
import { formatMonthlyUsd } from '../../../src/core/format/format-usd.ts'
import { DEFAULT_SCENARIO, type Scenario } from '../../../src/core/scenario/scenario.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'

const [mini] = fixtureRelease().models
const gpt4o = {
  ...mini!,
  id: 'gpt-4o',
  name: 'gpt-4o',
  prices: [{ ...mini!.prices[0]!, input: 2.5, cached_input: 1.25, output: 10 }],
}
const models = [mini!, gpt4o]
const scenario: Scenario = {
  ...DEFAULT_SCENARIO,
  modelIds: ['gpt-4o-mini', 'gpt-4o'],
  mixPercents: [80, 20],
  volume: 1_000_000,
  inputTokensOverride: 500,
  maxTokens: 1000,
  outputTokens: 200,
  responseCachePercent: 25,
  batchPercent: 50,
}
const none = () => undefined

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

  it('sums the levers against the naive cost', () => {
    // 221.625 / 675 = 32.83%
    expect(leversSummary(leverSavings(scenario, models, none)!)).toBe(
      'Together the levers save $221.63/month (32.83%) against the naive $675.00/month (all traffic on gpt-4o-mini, every reply at max_tokens, no caches, no batch).',
    )
  })
})

describe('volumeCurve', () => {
  it('steps 1k…1B and includes the scenario’s own volume', () => {
    const steps = volumeSteps(1_500_000)
    expect(steps[0]).toBe(1000)
    expect(steps.at(-1)).toBe(1e9)
    expect(steps).toContain(1_500_000)
    expect(steps).toHaveLength(20)
  })

  it('prices each model at each volume with the other levers kept', () => {
    const [point] = volumeCurve(scenario, models, none, [2_000_000])
    // gpt-4o-mini: 195 per 1M requests × 2 × 0.75 × 0.75 = 219.375
    expect(point!['gpt-4o-mini']).toBeCloseTo(219.375, 9)
    expect(point!.volume).toBe(2_000_000)
  })
})

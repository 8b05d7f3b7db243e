import { describe, expect, it } from 'vitest'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { formatMonthlyUsd, formatRequestUsd } from '../../../src/core/format/format-usd.ts'
import { DEFAULT_SCENARIO, type Scenario } from '../../../src/core/scenario/scenario.ts'
import { tokens } from '../../../src/core/units.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'

const models = fixtureRelease().models
const scenario = (patch: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...patch })
const byEncoding = { o200k_base: tokens(500), cl100k_base: tokens(520) }

describe('scenarioCosts', () => {
  it('prices each model with its own encoding’s count', () => {
    const costs = scenarioCosts(
      scenario({ modelIds: ['gpt-4o-mini', 'gpt-3.5-turbo'], mixPercents: [80, 20], volume: 1_000_000, maxTokens: 1000 }),
      models,
      (e) => byEncoding[e],
    )
    const [mini, turbo] = costs.rows
    // (500 × 0.15 + 1000 × 0.6) / 1e6 = 0.000675; × 1,000,000 = 675
    expect(formatRequestUsd(mini!.perRequestUsd)).toBe('$0.000675')
    expect(formatMonthlyUsd(mini!.monthlyIfAllUsd)).toBe('$675.00')
    // (520 × 0.5 + 1000 × 1.5) / 1e6 = 0.00176; × 1,000,000 = 1,760
    expect(turbo!.billedInputTokens).toBe(520)
    expect(formatMonthlyUsd(turbo!.monthlyIfAllUsd)).toBe('$1,760.00')
    // 0.8 × 675 + 0.2 × 1760 = 540 + 352 = 892
    expect(formatMonthlyUsd(costs.monthlyTotalUsd)).toBe('$892.00')
  })

  it('uses expected output for the expected case and max_tokens for the worst case', () => {
    const costs = scenarioCosts(
      scenario({ modelIds: ['gpt-4o-mini'], mixPercents: [100], volume: 1000, maxTokens: 1000, outputTokens: 200 }),
      models,
      (e) => byEncoding[e],
    )
    // (500 × 0.15 + 200 × 0.6) / 1e6 = 0.000195; worst (500 × 0.15 + 1000 × 0.6) / 1e6 = 0.000675
    expect(formatRequestUsd(costs.rows[0]!.perRequestUsd)).toBe('$0.000195')
    expect(formatRequestUsd(costs.rows[0]!.worstPerRequestUsd)).toBe('$0.000675')
    expect(formatMonthlyUsd(costs.monthlyTotalUsd)).toBe('$0.20')
    expect(formatMonthlyUsd(costs.worstMonthlyTotalUsd)).toBe('$0.68')
  })

  it('applies the response cache and the input_tokens override', () => {
    const costs = scenarioCosts(
      scenario({ modelIds: ['gpt-4o-mini'], mixPercents: [100], volume: 1_000_000, maxTokens: 1000, responseCachePercent: 40, inputTokensOverride: 2000 }),
      models,
      () => undefined,
    )
    // (2000 × 0.15 + 1000 × 0.6) / 1e6 = 0.0009; × 600,000 = 540
    expect(costs.rows[0]!.billedInputTokens).toBe(2000)
    expect(formatMonthlyUsd(costs.monthlyTotalUsd)).toBe('$540.00')
  })

  it('leaves out models whose count is not known yet', () => {
    const costs = scenarioCosts(scenario({ modelIds: ['gpt-4o-mini', 'gpt-3.5-turbo'], mixPercents: [50, 50] }), models, (e) =>
      e === 'o200k_base' ? tokens(10) : undefined,
    )
    expect(costs.rows.map((r) => r.model.id)).toEqual(['gpt-4o-mini'])
  })

  it('counts estimate-tokenizer models with o200k_base', () => {
    const costs = scenarioCosts(scenario({ modelIds: ['some-host/llama'], mixPercents: [100] }), models, (e) =>
      e === 'o200k_base' ? tokens(7) : undefined,
    )
    expect(costs.rows[0]!.billedInputTokens).toBe(7)
  })

  it('prices with the rows in force on the "as of" date and says which models had none', () => {
    const base = { modelIds: ['gpt-3.5-turbo', 'gpt-4o-mini'], mixPercents: [50, 50], volume: 1000, maxTokens: 100, inputTokensOverride: 1000 }
    const before = scenarioCosts(scenario({ ...base, pricingAsOf: '2024-01-01' }), models, () => undefined)
    // 2024-01-01: gpt-3.5-turbo's old row, $2/$2: (1000 × 2 + 100 × 2) / 1e6 = 0.0022
    expect(formatRequestUsd(before.rows[0]!.perRequestUsd)).toBe('$0.00220')
    expect(before.unpriced.map((u) => [u.model.id, u.reason])).toEqual([
      ['gpt-4o-mini', 'no price recorded on 2024-01-01; the first is from 2024-07-18'],
    ])
    const after = scenarioCosts(scenario({ ...base, pricingAsOf: '2024-07-18' }), models, () => undefined)
    // (1000 × 0.5 + 100 × 1.5) / 1e6 = 0.00065
    expect(formatRequestUsd(after.rows[0]!.perRequestUsd)).toBe('$0.000650')
    expect(after.unpriced).toEqual([])
  })
})

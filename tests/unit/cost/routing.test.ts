import { describe, expect, it } from 'vitest'
import { routingSummary } from '../../../src/core/cost/cost-summary.ts'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { formatMonthlyUsd } from '../../../src/core/format/format-usd.ts'
import type { Scenario } from '../../../src/core/scenario/scenario.ts'
import { tokens } from '../../../src/core/units.ts'
import { models, scenario as base } from './two-models.ts'

// gpt-4o-mini ($0.15 / $0.60) and gpt-4o ($2.50 / $10), 80/20, 500 input and 200 output tokens,
// 1,000,000 requests, no caches, no batch: $195 and $3,250 per million requests; the mix $806.
const scenario: Scenario = { ...base, responseCachePercent: 0, batchPercent: 0 }
const none = () => undefined

describe('routing with escalation and a classifier', () => {
  it('pays the priciest model again for the escalated share of the cheapest model’s requests', () => {
    const costs = scenarioCosts({ ...scenario, escalationPercent: 10 }, models, none)
    // 1,000,000 × 80% × 10% = 80,000 requests re-sent to gpt-4o at $0.00325: $260.
    expect(costs.routing?.escalation?.requests).toBeCloseTo(80_000, 6)
    expect(formatMonthlyUsd(costs.routing!.escalation!.monthlyUsd)).toBe('$260.00')
    expect(formatMonthlyUsd(costs.monthlyTotalUsd)).toBe('$1,066.00')
    expect(costs.worstMonthlyTotalUsd).toBeGreaterThanOrEqual(costs.monthlyTotalUsd)
  })

  it('adds a classifier call per request on its own model', () => {
    const patch = { escalationPercent: 10, classifierModelId: 'gpt-4o-mini', classifierTokens: 300 }
    const costs = scenarioCosts({ ...scenario, ...patch }, models, none)
    // 300 × $0.15/M + 1 × $0.60/M = $0.0000456 a request; × 1,000,000 = $45.60.
    expect(costs.routing?.classifier?.perRequestUsd).toBeCloseTo(0.0000456, 12)
    expect(formatMonthlyUsd(costs.routing!.classifier!.monthlyUsd)).toBe('$45.60')
    expect(formatMonthlyUsd(costs.monthlyTotalUsd)).toBe('$1,111.60')
    // All on gpt-4o: $3,250. Net of both, routing saves $2,138.40.
    expect(routingSummary(costs)).toBe(
      'Routing 80% to gpt-4o-mini saves $2,138.40/month against all gpt-4o, net of 10% of gpt-4o-mini’s requests escalated and a gpt-4o-mini classifier call per request.',
    )
  })

  it('reads the request as the classifier’s own model counts it, unless told its input', () => {
    const counted = () => ({ billedInputTokens: tokens(700), systemMessageTokens: tokens(0) })
    const costs = scenarioCosts(
      { ...scenario, inputTokensOverride: null, classifierModelId: 'gpt-4o-mini' },
      models,
      counted,
    )
    expect(costs.routing?.classifier).toMatchObject({ inputTokens: 700, outputTokens: 1, inputStandIn: false })
  })

  it('does nothing with one model, and nothing at 0%', () => {
    expect(scenarioCosts({ ...scenario, escalationPercent: 0 }, models, none).routing).toBeNull()
    const one = { ...scenario, modelIds: ['gpt-4o'], mixPercents: [100], escalationPercent: 50 }
    expect(scenarioCosts(one, models, none).routing).toBeNull()
  })
})

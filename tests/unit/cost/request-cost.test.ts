import { describe, expect, it } from 'vitest'
import { apiRequestsPerMonth, monthlyCostUsd, requestCostUsd } from '../../../src/core/cost/request-cost.ts'
import { formatMonthlyUsd, formatRequestUsd } from '../../../src/core/format/format-usd.ts'
import { tokens, usdPerMTok } from '../../../src/core/units.ts'

const gpt4oMini = { inputUsdPerMTok: usdPerMTok(0.15), outputUsdPerMTok: usdPerMTok(0.6) }

describe('cost of one request', () => {
  it('gpt-4o-mini, 500 in and 1,000 out: (500 × 0.15 + 1000 × 0.60) / 1e6 = $0.000675', () => {
    const cost = requestCostUsd(tokens(500), tokens(1000), gpt4oMini)
    expect(formatRequestUsd(cost)).toBe('$0.000675')
    expect(cost).toBeCloseTo(0.000675, 12)
  })

  it('at 1,000,000 requests a month costs $675.00', () => {
    const cost = requestCostUsd(tokens(500), tokens(1000), gpt4oMini)
    expect(formatMonthlyUsd(monthlyCostUsd(apiRequestsPerMonth(1_000_000, 1, 0), cost))).toBe('$675.00')
  })
})

describe('requests reaching the API', () => {
  it('takes the model share and removes what the response cache answers', () => {
    // 1,000,000 × 0.8 × (1 − 0.25) = 600,000
    expect(apiRequestsPerMonth(1_000_000, 0.8, 0.25)).toBe(600_000)
  })

  it('is zero at a 100% response-cache hit rate', () => {
    expect(apiRequestsPerMonth(1_000_000, 1, 1)).toBe(0)
  })
})

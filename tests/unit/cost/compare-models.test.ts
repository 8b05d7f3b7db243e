import { expect, it } from 'vitest'
import { cheapestThatFits, compareModels } from '../../../src/core/cost/compare-models.ts'
import { formatMonthlyUsd } from '../../../src/core/format/format-usd.ts'
import { countingOf } from '../../../src/core/pricing/model-traits.ts'
import { DEFAULT_SCENARIO } from '../../../src/core/scenario/scenario.ts'
import { tokens } from '../../../src/core/units.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'

const models = fixtureRelease().models
const counted = (input: number) => ({ billedInputTokens: tokens(input), systemMessageTokens: tokens(0) })
const scenario = { ...DEFAULT_SCENARIO, modelIds: ['gpt-4o-mini'], mixPercents: [100], maxTokens: 1000 }

it('prices every model of the data as if all traffic went to it, mix or not', () => {
  const rows = compareModels(scenario, models, () => counted(500))
  expect(rows.map((r) => r.model.id)).toEqual(['gpt-4o-mini', 'gpt-3.5-turbo', 'some-host/llama'])
  const monthly = rows.map((r) => (r.status === 'priced' ? formatMonthlyUsd(r.cost.monthlyIfAllUsd) : r.status))
  // 1M × (500 × 0.15 + 1000 × 0.6) / 1e6 = 675; (500 × 0.5 + 1000 × 1.5) = 1,750; (500 + 1000) × 1 = 1,500
  expect(monthly).toEqual(['$675.00', '$1,750.00', '$1,500.00'])
  expect(cheapestThatFits(rows)?.model.id).toBe('gpt-4o-mini')
})

it('leaves a model whose tokens are not counted yet as counting, and prices the rest', () => {
  const rows = compareModels(scenario, models, (m) =>
    countingOf(m).counter === 'o200k_base' ? counted(500) : undefined,
  )
  expect(rows.find((r) => r.model.id === 'gpt-3.5-turbo')?.status).toBe('counting')
})

it('skips models whose request does not fit when it picks the cheapest', () => {
  // 130,000 input tokens: over the fixture's 128,000-token windows, except the one made larger
  const big = models.map((m) => (m.id === 'gpt-3.5-turbo' ? { ...m, context_window: 200_000 } : m))
  const rows = compareModels(scenario, big, () => counted(130_000))
  expect(cheapestThatFits(rows)?.model.id).toBe('gpt-3.5-turbo')
  expect(cheapestThatFits(compareModels(scenario, models, () => counted(130_000)))).toBeUndefined()
})

it('names why a model is not priced', () => {
  const rows = compareModels({ ...scenario, pricingAsOf: '2023-01-01' }, models, () => counted(500))
  expect(rows[0]).toMatchObject({
    status: 'unpriced',
    reason: expect.stringContaining('no price recorded on 2023-01-01'),
  })
})

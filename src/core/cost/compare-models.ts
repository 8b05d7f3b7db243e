import type { PricedModel } from '../pricing/pricing-schema.ts'
import type { Scenario } from '../scenario/scenario.ts'
import { doesNotFit, scenarioCosts, type CountedFor, type ModelCost } from './scenario-costs.ts'

/** One model of the comparison: its costs with all traffic on it, or why there are none. */
export type CompareRow =
  | { model: PricedModel; status: 'priced'; cost: ModelCost }
  | { model: PricedModel; status: 'unpriced'; reason: string }
  /** Its tokens are not counted yet (its encoding is still loading). */
  | { model: PricedModel; status: 'counting' }

/**
 * Every model of the pricing data (not only the mix) priced for the scenario as if all traffic
 * went to it, every other lever as set.
 */
export function compareModels(scenario: Scenario, models: readonly PricedModel[], counted: CountedFor): CompareRow[] {
  return models.map((model): CompareRow => {
    const costs = scenarioCosts({ ...scenario, modelIds: [model.id], mixPercents: [100] }, models, counted)
    const cost = costs.rows[0]
    if (cost) return { model, status: 'priced', cost }
    const unpriced = costs.unpriced[0]
    if (unpriced) return { model, status: 'unpriced', reason: unpriced.reason }
    return { model, status: 'counting' }
  })
}

/** The cheapest model whose request fits, by monthly cost with all traffic on it. */
export function cheapestThatFits(rows: readonly CompareRow[]): Extract<CompareRow, { status: 'priced' }> | undefined {
  let best: Extract<CompareRow, { status: 'priced' }> | undefined
  for (const row of rows) {
    if (row.status !== 'priced' || doesNotFit(row.cost)) continue
    if (!best || row.cost.monthlyIfAllUsd < best.cost.monthlyIfAllUsd) best = row
  }
  return best
}

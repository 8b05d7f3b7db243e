import { formatRange } from '../format/format-range.ts'
import { formatMonthlyUsd, formatPercent as percent } from '../format/format-usd.ts'
import type { LeverSavings } from './lever-savings.ts'
import { isEstimate } from '../pricing/model-traits.ts'
import type { ModelCost, ScenarioCosts } from './scenario-costs.ts'
import { usd, type Usd } from '../units.ts'

// Costs of models counted with a stand-in tokenizer are estimates; say so wherever they appear.
const named = (row: ModelCost) => `${row.model.id}${isEstimate(row.model) ? ' (≈ estimate)' : ''}`

/**
 * The mix against all traffic on its most expensive model, in a sentence:
 * "Routing 80% to gpt-4o-mini saves $X/month against all gpt-4o." Null with fewer than two
 * priced models, or when the mix is all on the most expensive one. With `low` (the same costs at
 * the low end of each estimate's range), an amount that differs between the ends is a range.
 */
export function routingSummary(costs: ScenarioCosts, low?: ScenarioCosts): string | null {
  if (costs.rows.length < 2) return null
  const priciest = costs.rows.reduce((a, b) => (b.monthlyIfAllUsd > a.monthlyIfAllUsd ? b : a))
  const others = costs.rows.filter((r) => r !== priciest && r.sharePercent > 0)
  if (others.length === 0) return null
  const saved = priciest.monthlyIfAllUsd - costs.monthlyTotalUsd
  const lowPriciest = low?.rows.find((r) => r.model.id === priciest.model.id)
  const savedLow = low && lowPriciest ? lowPriciest.monthlyIfAllUsd - low.monthlyTotalUsd : undefined
  const routed = others.map((r) => `${percent(r.sharePercent)} to ${named(r)}`)
  const list = routed.length === 1 ? routed[0] : `${routed.slice(0, -1).join(', ')} and ${routed.at(-1)}`
  const verb = saved >= 0 ? 'saves' : 'costs'
  const amount = formatRange(Math.abs(saved), savedLow === undefined ? undefined : Math.abs(savedLow), formatMonthlyUsd)
  const { escalation, classifier } = costs.routing ?? {}
  const paid = [
    escalation ? `${percent(escalation.ratePercent)} of ${named(escalation.from)}’s requests escalated` : '',
    classifier ? `a ${classifier.model.id} classifier call per request` : '',
  ].filter(Boolean)
  const net = paid.length > 0 ? `, net of ${paid.join(' and ')}` : ''
  return `Routing ${list} ${verb} ${amount}/month ${saved >= 0 ? 'against' : 'more than'} all ${named(priciest)}${net}.`
}

/** What a request costs on average across the mix, at standard prices: Σ share × per request. */
export const mixPerRequestUsd = (costs: Pick<ScenarioCosts, 'rows'>): Usd =>
  usd(costs.rows.reduce((sum, row) => sum + (row.sharePercent / 100) * row.perRequestUsd, 0))

/** What an item costs on average across the mix (items packed into requests): Σ share × per item. */
export const mixPerItemUsd = (costs: Pick<ScenarioCosts, 'rows'>): Usd =>
  usd(costs.rows.reduce((sum, row) => sum + (row.sharePercent / 100) * (row.items?.perItemUsd ?? row.perRequestUsd), 0))

/** The baseline the savings start from, in a line; with `low`, a range where the ends differ. */
export const baselineLine = (savings: LeverSavings, low?: LeverSavings): string =>
  `Baseline: all traffic on ${savings.baselineModelId}, every reply at max_tokens, no caches, no batch: ${formatRange(savings.naiveUsd, low?.naiveUsd, formatMonthlyUsd)}/month.`

/** Every lever together against the baseline, in a sentence; with `low`, a range where the ends differ. */
export function leversSummary(savings: LeverSavings, low?: LeverSavings): string {
  const saved = savings.naiveUsd - savings.scenarioUsd
  if (Math.abs(saved) < 0.005) return 'No lever changes the cost yet: the scenario costs the baseline.'
  const savedLow = low ? low.naiveUsd - low.scenarioUsd : undefined
  // The share is the same at both ends only when every model scales alike: it is given at the high end.
  const share = savings.naiveUsd > 0 ? ` (${percent((saved / savings.naiveUsd) * 100)})` : ''
  return saved > 0
    ? `Together the levers save ${formatRange(saved, savedLow, formatMonthlyUsd)}/month${share} against the baseline.`
    : `Together the levers add ${formatRange(-saved, savedLow === undefined ? undefined : -savedLow, formatMonthlyUsd)}/month to the baseline: see which in the chart.`
}

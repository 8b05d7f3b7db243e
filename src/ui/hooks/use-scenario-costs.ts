import { useMemo } from 'react'
import { countedAtEnds } from '../../core/cost/estimate-range.ts'
import { scenarioCosts, type CountedFor, type ScenarioCosts } from '../../core/cost/scenario-costs.ts'
import type { PricedModel } from '../../core/pricing/pricing-schema.ts'
import type { Scenario } from '../../core/scenario/scenario.ts'
import { useStore } from '../../state/store.ts'
import { useCostInputs } from './use-cost-inputs.ts'
import { useCostCounts } from './counts-context.tsx'
import { useModels } from './use-models.ts'
import { useQuietValue } from './use-quiet-value.ts'

/** How long typing pauses before the charts are redrawn. */
export const CHARTS_QUIET_MS = 300

/** What the charts draw: the same costs, a moment later. */
export interface ChartInputs {
  costs: ScenarioCosts
  scenario: Scenario
  models: readonly PricedModel[]
  counted: CountedFor
}

export interface ScenarioCostsView extends ChartInputs {
  /**
   * The same costs at the low end of each estimate's range. `costs` are at the high end, so
   * totals, charts and the worst case never understate; where the two differ the page shows
   * low–high.
   */
  lowCosts: ScenarioCosts
  /** The counts at the low end of each estimate's range (`counted` is the high end). */
  countedLow: CountedFor
  /** False until the prices are loaded; the costs are then empty. */
  ready: boolean
  /**
   * The same inputs for the charts, which follow once typing pauses (use-quiet-value.ts): the
   * words and tables update at each keystroke, but redrawing four charts takes tens of ms.
   */
  charts: ChartInputs
  /** The charts show older inputs than the tables, for a moment. */
  chartsBehind: boolean
}

/**
 * Every compared model's costs, for the full page and the widget alike: one pipeline from the
 * scenario, the counts (each model's own, by model-traits.ts) and the prices. Costs are derived
 * here, where they are shown, never stored.
 */
export function useScenarioCosts(): ScenarioCostsView {
  const { counts } = useCostCounts()
  const scenario = useCostInputs()
  const models = useModels()
  const ready = useStore((s) => s.pricing.status === 'ready')
  const estimates = useStore((s) => (s.pricing.status === 'ready' ? s.pricing.release.estimates : undefined))
  // Without ranges (an older release) both ends are the counts themselves: costed once.
  const { high: counted, low: countedLow } = useMemo(
    () => countedAtEnds(counts.counts, estimates),
    [counts.counts, estimates],
  )
  // Stable while only `pending` changes, so the memoized charts do not redraw for nothing.
  const costs = useMemo(() => scenarioCosts(scenario, models, counted), [scenario, models, counted])
  const lowCosts = useMemo(
    () => (countedLow === counted ? costs : scenarioCosts(scenario, models, countedLow)),
    [scenario, models, counted, countedLow, costs],
  )
  const inputs = useMemo(() => ({ costs, scenario, models, counted }), [costs, scenario, models, counted])
  const charts = useQuietValue(inputs, CHARTS_QUIET_MS)
  return { ...inputs, lowCosts, countedLow, ready, charts, chartsBehind: charts !== inputs }
}

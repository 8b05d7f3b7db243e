import { lazy, memo, Suspense, useCallback, useDeferredValue, useMemo } from 'react'
import { leversSummary, routingSummary } from '../../core/cost/cost-summary.ts'
import { leverSavings } from '../../core/cost/lever-savings.ts'
import { isCustomModel } from '../../core/pricing/custom-model.ts'
import type { PricedModel } from '../../core/pricing/pricing-schema.ts'
import { hasWorstCase, scenarioCosts } from '../../core/cost/scenario-costs.ts'
import type { EncodingName } from '../../core/tokenize/encodings.ts'
import { useStore } from '../../state/store.ts'
import { useCostInputs } from '../hooks/use-cost-inputs.ts'
import { useModels } from '../hooks/use-models.ts'
import type { CountsByEncoding } from '../hooks/use-token-counts.ts'
import { CostExports } from './cost-exports.tsx'
import { CostTable } from './cost-table.tsx'

// recharts is the heaviest dependency; the table is useful before it arrives.
const MonthlyCostChart = lazy(() => import('../charts/monthly-cost-chart.tsx'))
const VolumeCostChart = lazy(() => import('../charts/volume-cost-chart.tsx'))
const LeverSavingsChart = lazy(() => import('../charts/lever-savings-chart.tsx'))
const PriceHistoryChart = lazy(() => import('../charts/price-history-chart.tsx'))

/** Derives every cost from the scenario, the counts and the prices, where it is shown. */
interface CostsPanelProps {
  countsByEncoding: CountsByEncoding
  /** The counts are not yet those of the current text. */
  pending: boolean
  compared: readonly PricedModel[]
}

export const CostsPanel = memo(function CostsPanel({ countsByEncoding, pending, compared }: CostsPanelProps) {
  const scenario = useCostInputs()
  const pricingReady = useStore((s) => s.pricing.status === 'ready')
  const models = useModels()
  const counted = useCallback((encoding: EncodingName) => countsByEncoding[encoding], [countsByEncoding])
  // Stable while only `pending` changes, so the memoized charts do not redraw for nothing.
  const costs = useMemo(() => scenarioCosts(scenario, models, counted), [scenario, models, counted])
  const savings = useMemo(() => leverSavings(scenario, models, counted), [scenario, models, counted])
  const withHistory = useMemo(() => compared.filter((m) => !isCustomModel(m)), [compared])
  // The table updates at once; the charts follow in a transition React can split into short
  // tasks, so redrawing four charts never holds the page for a frame.
  const charts = useDeferredValue(
    useMemo(
      () => ({ costs, savings, scenario, models, counted, withHistory }),
      [costs, savings, scenario, models, counted, withHistory],
    ),
  )
  if (!pricingReady) return null

  const routing = routingSummary(costs)
  const waiting = scenario.modelIds.length - costs.rows.length - costs.unpriced.length

  return (
    <section aria-labelledby="costs-heading" className="flex flex-col gap-4">
      <h2 id="costs-heading" className="text-lg font-semibold">
        Projected cost
      </h2>
      {(routing || savings) && (
        <div
          data-testid="cost-summary"
          className="flex flex-col gap-1 rounded bg-teal-50 p-3 text-sm text-teal-950 dark:bg-teal-950 dark:text-teal-50"
        >
          {routing && <p>{routing}</p>}
          {savings && <p>{leversSummary(savings)}</p>}
        </div>
      )}
      <CostTable
        costs={costs}
        pending={pending}
        showWorstCase={hasWorstCase(costs)}
        batchPercent={scenario.batchPercent}
      />
      {waiting > 0 && <p className="text-sm text-slate-500">Counting tokens for {waiting} more model(s)…</p>}
      <CostExports costs={costs} />
      <Suspense fallback={<p className="text-sm text-slate-500">Loading charts…</p>}>
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          <MonthlyCostChart costs={charts.costs} />
          <VolumeCostChart scenario={charts.scenario} models={charts.models} counted={charts.counted} />
          {charts.savings && <LeverSavingsChart savings={charts.savings} />}
          <PriceHistoryChart models={charts.withHistory} />
        </div>
      </Suspense>
    </section>
  )
})

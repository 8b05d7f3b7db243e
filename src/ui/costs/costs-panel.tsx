import { lazy, Suspense } from 'react'
import type { PricedModel } from '../../core/pricing/pricing-schema.ts'
import { scenarioCosts } from '../../core/cost/scenario-costs.ts'
import { expectedOutputTokens } from '../../core/scenario/scenario.ts'
import { selectModels } from '../../state/selectors.ts'
import { useStore } from '../../state/store.ts'
import type { TokenCounts } from '../hooks/use-token-counts.ts'
import { CostTable } from './cost-table.tsx'

// recharts is the heaviest dependency; the table is useful before it arrives.
const MonthlyCostChart = lazy(() => import('../charts/monthly-cost-chart.tsx'))
const PriceHistoryChart = lazy(() => import('../charts/price-history-chart.tsx'))

/** Derives every cost from the scenario, the counts and the prices, where it is shown. */
export function CostsPanel({ counts, compared }: { counts: TokenCounts; compared: readonly PricedModel[] }) {
  const scenario = useStore((s) => s.scenario)
  const pricingReady = useStore((s) => s.pricing.status === 'ready')
  const models = useStore(selectModels)
  if (!pricingReady) return null

  const costs = scenarioCosts(scenario, models, (encoding) => counts.counts[encoding]?.billedInputTokens)
  const showWorstCase = expectedOutputTokens(scenario) !== scenario.maxTokens
  const waiting = scenario.modelIds.length - costs.rows.length - costs.unpriced.length

  return (
    <section aria-labelledby="costs-heading" className="flex flex-col gap-4">
      <h2 id="costs-heading" className="text-lg font-semibold">
        Projected cost
      </h2>
      <CostTable costs={costs} pending={counts.pending} showWorstCase={showWorstCase} />
      {waiting > 0 && <p className="text-sm text-slate-500">Counting tokens for {waiting} more model(s)…</p>}
      <Suspense fallback={<p className="text-sm text-slate-500">Loading chart…</p>}>
        <MonthlyCostChart costs={costs} />
        <PriceHistoryChart models={compared} />
      </Suspense>
    </section>
  )
}

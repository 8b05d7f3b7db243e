import { lazy, Suspense } from 'react'
import { encodingFor, isEstimate, scenarioCosts } from '../../core/cost/scenario-costs.ts'
import { expectedOutputTokens } from '../../core/scenario/scenario.ts'
import type { EncodingName } from '../../core/tokenize/encodings.ts'
import { selectModels } from '../../state/selectors.ts'
import { useStore } from '../../state/store.ts'
import { useCountingMode, useTokenCounts } from '../hooks/use-token-counts.ts'
import { TokenCount } from '../input/token-count.tsx'
import { CostTable } from './cost-table.tsx'

// recharts is the heaviest dependency; the table is useful before it arrives.
const MonthlyCostChart = lazy(() => import('../charts/monthly-cost-chart.tsx'))

/** Counts the prompt, then derives every cost from the scenario and the prices. */
export function CostsPanel() {
  const scenario = useStore((s) => s.scenario)
  const pricingReady = useStore((s) => s.pricing.status === 'ready')
  const models = useStore(selectModels)
  const mode = useCountingMode()

  const compared = scenario.modelIds.flatMap((id) => models.find((m) => m.id === id) ?? [])
  const first = compared[0]
  const firstEncoding: EncodingName = first ? encodingFor(first) : 'o200k_base'
  const encodings = [firstEncoding, ...compared.map(encodingFor)]
  const counts = useTokenCounts(scenario.system, scenario.prompt, encodings)
  const costs = scenarioCosts(scenario, models, (encoding) => counts.counts[encoding]?.billedInputTokens)
  const showWorstCase = expectedOutputTokens(scenario) !== scenario.maxTokens

  return (
    <section aria-labelledby="costs-heading" className="flex flex-col gap-4">
      <TokenCount counts={counts} encoding={firstEncoding} estimate={first ? isEstimate(first) : false} />
      {mode === 'main-thread' && (
        <p role="status" data-testid="main-thread-notice" className="text-sm text-amber-800">
          The counting worker could not start here, so tokens are counted on the page itself; long texts may make it
          pause.
        </p>
      )}
      <h2 id="costs-heading" className="text-lg font-semibold">
        Projected cost
      </h2>
      {pricingReady && (
        <>
          <CostTable costs={costs} pending={counts.pending} showWorstCase={showWorstCase} />
          {costs.rows.length < compared.length && (
            <p className="text-sm text-slate-500">Counting tokens for the remaining models…</p>
          )}
          <Suspense fallback={<p className="text-sm text-slate-500">Loading chart…</p>}>
            <MonthlyCostChart costs={costs} />
          </Suspense>
        </>
      )}
    </section>
  )
}

import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react'
import { baselineLine, leversSummary, routingSummary } from '../../core/cost/cost-summary.ts'
import { leverSavings } from '../../core/cost/lever-savings.ts'
import { isCustomModel } from '../../core/pricing/custom-model.ts'
import { hasWorstCase } from '../../core/cost/scenario-costs.ts'
import { volumeUnit } from '../../core/scenario/scenario.ts'
import { useCostsPending, useCostsPendingShown, useCounts } from '../hooks/counts-context.tsx'
import { PENDING_SHOWN_CLASS } from '../hooks/pending-shown.ts'
import { useFirstCountShown } from '../hooks/use-first-count-shown.ts'
import { CHARTS_QUIET_MS, useScenarioCosts } from '../hooks/use-scenario-costs.ts'
import { useQuietValue } from '../hooks/use-quiet-value.ts'
import { useStaggeredValue } from '../hooks/use-staggered-value.ts'
import { useMountedInTurn } from '../hooks/use-mounted-in-turn.ts'
import { useNearViewport } from '../hooks/use-near-viewport.ts'
import { CompareTable } from '../compare/compare-table.tsx'
import { Area, retryableLazy } from '../primitives/area.tsx'
import { CostExports } from './cost-exports.tsx'
import { CostTable } from './cost-table.tsx'

// recharts is the heaviest dependency; the table is useful before it arrives.
const MonthlyCostChart = retryableLazy(() => import('../charts/monthly-cost-chart.tsx'))
const VolumeCostChart = retryableLazy(() => import('../charts/volume-cost-chart.tsx'))
const LeverSavingsChart = retryableLazy(() => import('../charts/lever-savings-chart.tsx'))
const PriceHistoryChart = retryableLazy(() => import('../charts/price-history-chart.tsx'))
const ConversationCostChart = retryableLazy(() => import('../charts/conversation-cost-chart.tsx'))
const ItemsCostChart = retryableLazy(() => import('../charts/items-cost-chart.tsx'))
type LazyChart = Pick<typeof MonthlyCostChart, 'retry' | 'preload'>
const loadingCharts = <p className="text-sm text-slate-500 dark:text-slate-400">Loading charts…</p>
/**
 * The charts are drawn once they are within a screen's height of the viewport: below the fold
 * on a laptop and far below on a phone, drawing them (80–130 ms each on two cores) and reading
 * their code only slowed the first seconds of a visit for charts not yet looked at.
 */
const CHARTS_NEAR = '100% 0px'

/** The costs of the scenario in words, a table and charts, derived where they are shown. */
export const CostsPanel = memo(function CostsPanel() {
  const { costs, lowCosts, scenario, models, counted, countedLow, ready, charts, chartsBehind } = useScenarioCosts()
  const { compared } = useCounts()
  const chartsOn = useFirstCountShown()
  const savings = useMemo(() => leverSavings(scenario, models, counted), [scenario, models, counted])
  // The low end of each estimate's range: the sentences give a range where the ends differ.
  const savingsLow = useMemo(
    () => (countedLow === counted ? savings : leverSavings(scenario, models, countedLow)),
    [scenario, models, counted, countedLow, savings],
  )
  // The charts that follow the counts redraw one after another, each in a task of its own.
  const monthlyInputs = useStaggeredValue(charts, 0)
  const volumeInputs = useStaggeredValue(charts, 1)
  const quietSavings = useQuietValue(savings, CHARTS_QUIET_MS)
  const chartSavings = useStaggeredValue(quietSavings, 2)
  const behind = chartsBehind || monthlyInputs !== charts || volumeInputs !== charts || chartSavings !== quietSavings
  const withHistory = useMemo(() => compared.filter((m) => !isCustomModel(m)), [compared])
  const unit = volumeUnit(volumeInputs.scenario)
  const volumeProps = { scenario: volumeInputs.scenario, models: volumeInputs.models, counted: volumeInputs.counted }
  // In the order they are drawn in, one after another (use-mounted-in-turn.ts).
  const chartAreas: { name: string; chart: LazyChart; element: ReactNode }[] = [
    {
      name: 'The monthly cost chart',
      chart: MonthlyCostChart,
      element: <MonthlyCostChart costs={monthlyInputs.costs} comparedIds={monthlyInputs.scenario.modelIds} />,
    },
    { name: 'The cost-by-volume chart', chart: VolumeCostChart, element: <VolumeCostChart {...volumeProps} /> },
  ]
  if (unit === 'conversation') {
    chartAreas.push({
      name: 'The cost-by-turn chart',
      chart: ConversationCostChart,
      element: <ConversationCostChart {...volumeProps} />,
    })
  }
  if (unit === 'item') {
    chartAreas.push({
      name: 'The cost-per-item chart',
      chart: ItemsCostChart,
      element: <ItemsCostChart {...volumeProps} />,
    })
  }
  if (chartSavings) {
    chartAreas.push({
      name: 'The savings chart',
      chart: LeverSavingsChart,
      element: <LeverSavingsChart savings={chartSavings} />,
    })
  }
  chartAreas.push({
    name: 'The price history chart',
    chart: PriceHistoryChart,
    element: <PriceHistoryChart models={withHistory} comparedIds={scenario.modelIds} />,
  })
  const inTurn = useMountedInTurn(chartAreas.length)
  const chartsBox = useRef<HTMLDivElement>(null)
  const chartsNear = useNearViewport(chartsBox, CHARTS_NEAR, chartsOn && ready)
  // Drawn in turn, but their code fetched at once: each time the charts on the page change.
  const chartNames = chartAreas.map((area) => area.name).join()
  useEffect(() => {
    if (chartsNear) for (const { chart } of chartAreas) chart.preload()
    // chartAreas is made anew each render; what it preloads changes only with chartNames.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chartsNear, chartNames])
  if (!ready) return null

  const routing = routingSummary(costs, lowCosts)
  const waiting = scenario.modelIds.length - costs.rows.length - costs.unpriced.length

  return (
    <section aria-labelledby="costs-heading" className="flex flex-col gap-4">
      <h2 id="costs-heading" className="text-lg font-semibold">
        Projected cost
      </h2>
      {(routing || savings) && (
        <FollowingCosts>
          <div
            data-testid="cost-summary"
            className="flex flex-col gap-1 rounded bg-teal-50 p-3 text-sm text-teal-950 dark:bg-teal-950 dark:text-teal-50"
          >
            {routing && <p>{routing}</p>}
            {savings && <p data-testid="savings-baseline">{baselineLine(savings, savingsLow ?? undefined)}</p>}
            {savings && <p>{leversSummary(savings, savingsLow ?? undefined)}</p>}
          </div>
        </FollowingCosts>
      )}
      <Area name="The cost table">
        <CostTable costs={costs} lowCosts={lowCosts} showWorstCase={hasWorstCase(costs)} scenario={scenario} />
      </Area>
      {waiting > 0 && (
        <p className="text-sm text-slate-500 dark:text-slate-400">Counting tokens for {waiting} more model(s)…</p>
      )}
      <CostExports costs={costs} lowCosts={lowCosts} />
      <Area name="The comparison of every model">
        <FollowingCosts>
          <CompareTable />
        </FollowingCosts>
      </Area>
      {/* Each chart fails alone: a chunk that does not load leaves the rest of the page working. */}
      {!chartsOn && loadingCharts}
      {chartsOn && (
        <div
          ref={chartsBox}
          data-testid="charts"
          className={`offscreen-lazy grid grid-cols-1 gap-6 xl:grid-cols-2 ${behind && chartsNear ? 'opacity-70' : ''}`}
          aria-busy={behind}
        >
          {!chartsNear && (
            <p className="text-sm text-slate-500 dark:text-slate-400">Charts are drawn as you scroll to them.</p>
          )}
          {chartsNear &&
            chartAreas.slice(0, inTurn.mounted).map(({ name, chart, element }, i) => (
              <Area key={name} name={name} loading={loadingCharts} onRetry={chart.retry} onShown={inTurn.shown[i]}>
                {element}
              </Area>
            ))}
        </div>
      )}
    </section>
  )
})

/**
 * Figures that follow the costs: busy while they lag the counts, drawn dimmed once that lasts
 * (see pending-shown.ts). Only this wrapper re-renders as a keystroke marks them busy.
 */
function FollowingCosts({ children }: { children: ReactNode }) {
  return (
    <div aria-busy={useCostsPending()} className={useCostsPendingShown() ? PENDING_SHOWN_CLASS : undefined}>
      {children}
    </div>
  )
}

import { memo } from 'react'
import { mixPerItemUsd, mixPerRequestUsd } from '../../core/cost/cost-summary.ts'
import { doesNotFit, type ScenarioCosts } from '../../core/cost/scenario-costs.ts'
import { formatInteger, formatMonthlyUsd, formatPercent, formatRequestUsd } from '../../core/format/format-usd.ts'
import { isEstimate } from '../../core/pricing/model-traits.ts'
import type { Scenario } from '../../core/scenario/scenario.ts'
import { useCostsPending, useCostsPendingShown } from '../hooks/counts-context.tsx'
import { PENDING_SHOWN_CLASS } from '../hooks/pending-shown.ts'
import { useScenarioCosts } from '../hooks/use-scenario-costs.ts'
import { Ranged } from '../primitives/ranged.tsx'

/**
 * The answer, kept in view: the monthly total, what a request costs, and its billed input; on a
 * wide screen beside the prompt with each model's monthly cost, on a phone pinned to the bottom
 * of the screen while the prompt or a lever is edited. The cost table below has the details.
 */
export function AnswerSummary() {
  const { costs, lowCosts, scenario, ready } = useScenarioCosts()
  const pending = useCostsPending()
  const pendingShown = useCostsPendingShown()
  if (!ready || costs.rows.length === 0) return null
  return (
    <section
      aria-label="Cost summary"
      aria-busy={pending}
      className="fixed inset-x-0 bottom-0 z-10 border-t border-slate-300 bg-white/95 px-4 py-2 shadow-[0_-2px_6px_rgba(0,0,0,0.08)] backdrop-blur dark:border-slate-600 dark:bg-slate-900/95 lg:static lg:rounded lg:border lg:p-3 lg:shadow-none"
    >
      <div className={pendingShown ? PENDING_SHOWN_CLASS : undefined}>
        <SummaryFigures costs={costs} lowCosts={lowCosts} scenario={scenario} />
      </div>
    </section>
  )
}

/** The summary's figures: drawn again when they change, not when a keystroke marks them busy. */
const SummaryFigures = memo(function SummaryFigures({
  costs,
  lowCosts,
  scenario,
}: {
  costs: ScenarioCosts
  lowCosts: ScenarioCosts
  scenario: Scenario
}) {
  const perRequest = mixPerRequestUsd(costs)
  const first = costs.rows[0]!
  const lowOf = (id: string) => lowCosts.rows.find((row) => row.model.id === id)
  const estimate = costs.rows.some((row) => row.sharePercent > 0 && isEstimate(row.model))
  return (
    <>
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 text-sm">
        <span>
          <span className="text-slate-600 dark:text-slate-400">Monthly total </span>
          <strong className="text-lg tabular-nums">
            <Ranged
              testId="summary-total"
              estimate={estimate}
              high={costs.monthlyTotalUsd}
              low={lowCosts.monthlyTotalUsd}
              format={formatMonthlyUsd}
            />
          </strong>
        </span>
        <span>
          <span className="text-slate-600 dark:text-slate-400">
            {first.unit === 'conversation' ? 'per conversation ' : 'per request '}
          </span>
          <Ranged
            testId="summary-request"
            className="tabular-nums"
            high={perRequest}
            low={mixPerRequestUsd(lowCosts)}
            format={formatRequestUsd}
          />
        </span>
        {first.items && (
          <span>
            <span className="text-slate-600 dark:text-slate-400">per item </span>
            <Ranged
              testId="summary-item"
              className="tabular-nums"
              high={mixPerItemUsd(costs)}
              low={mixPerItemUsd(lowCosts)}
              format={formatRequestUsd}
            />
          </span>
        )}
        <span>
          <span className="text-slate-600 dark:text-slate-400">
            {first.unit === 'conversation' ? 'last turn’s input ' : 'billed input '}
          </span>
          <Ranged
            testId="summary-input"
            className="tabular-nums"
            high={first.billedInputTokens}
            low={lowOf(first.model.id)?.billedInputTokens}
            format={formatInteger}
          />
          <span className="text-slate-600 dark:text-slate-400"> tokens</span>
        </span>
      </p>
      {costs.unpriced.length > 0 && (
        <p data-testid="summary-unpriced" className="text-xs text-amber-800 dark:text-amber-300">
          Leaves out{' '}
          {costs.unpriced
            .map(({ model, reason }) => {
              const share = scenario.mixPercents[scenario.modelIds.indexOf(model.id)] ?? 0
              return `${model.name} (${formatPercent(share)} of traffic): ${reason}`
            })
            .join('; ')}
        </p>
      )}
      <ul className="mt-2 hidden flex-col gap-0.5 text-sm lg:flex">
        {costs.rows.map((row) => (
          <li key={row.model.id} className="flex justify-between gap-3 tabular-nums">
            <span>
              {row.model.name}{' '}
              <span className="text-slate-500 dark:text-slate-400">{formatPercent(row.sharePercent)}</span>
              {doesNotFit(row) && <span className="ml-1 text-red-700 dark:text-red-300">does not fit</span>}
            </span>
            <span>
              <Ranged
                testId={`summary-monthly-${row.model.id}`}
                className={doesNotFit(row) ? 'line-through' : ''}
                high={row.monthlyIfAllUsd}
                low={lowOf(row.model.id)?.monthlyIfAllUsd}
                format={formatMonthlyUsd}
              />
              <span className="text-xs text-slate-500 dark:text-slate-400"> /month all traffic here</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  )
})

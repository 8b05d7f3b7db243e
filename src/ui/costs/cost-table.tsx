import type { ScenarioCosts } from '../../core/cost/scenario-costs.ts'
import { isEstimate } from '../../core/cost/scenario-costs.ts'
import { formatInteger, formatMonthlyUsd, formatRequestUsd } from '../../core/format/format-usd.ts'
import { EstimateBadge } from '../primitives/estimate-badge.tsx'
import { PriceLine } from './price-line.tsx'

interface CostTableProps {
  costs: ScenarioCosts
  pending: boolean
  showWorstCase: boolean
}

/** Per model: billed input, cost per request, monthly cost alone and as part of the mix. */
export function CostTable({ costs, pending, showWorstCase }: CostTableProps) {
  const cell = 'px-3 py-2 text-right tabular-nums'
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" aria-busy={pending}>
        <caption className="sr-only">Projected cost per model</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left dark:border-slate-600">
            <th scope="col" className="px-3 py-2">Model</th>
            <th scope="col" className="px-3 py-2 text-right">Billed input tokens / request</th>
            <th scope="col" className="px-3 py-2 text-right">Cost / request</th>
            <th scope="col" className="px-3 py-2 text-right">Monthly, all traffic here</th>
            <th scope="col" className="px-3 py-2 text-right">Share</th>
            <th scope="col" className="px-3 py-2 text-right">Monthly in mix</th>
          </tr>
        </thead>
        <tbody>
          {costs.rows.map((row) => {
            const id = row.model.id
            return (
              <tr key={id} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {row.model.name}
                  {isEstimate(row.model) && <EstimateBadge />}
                  <PriceLine price={row.price} />
                </th>
                <td className={cell} data-testid={`input-tokens-${id}`}>
                  {isEstimate(row.model) ? '≈ ' : ''}
                  {formatInteger(row.billedInputTokens)}
                </td>
                <td className={cell}>
                  <span data-testid={`cost-request-${id}`}>{formatRequestUsd(row.perRequestUsd)}</span>
                  {showWorstCase && (
                    <span className="block text-xs text-slate-500" data-testid={`cost-request-worst-${id}`}>
                      worst {formatRequestUsd(row.worstPerRequestUsd)}
                    </span>
                  )}
                </td>
                <td className={cell}>
                  <span data-testid={`cost-monthly-${id}`}>{formatMonthlyUsd(row.monthlyIfAllUsd)}</span>
                  {showWorstCase && (
                    <span className="block text-xs text-slate-500" data-testid={`cost-monthly-worst-${id}`}>
                      worst {formatMonthlyUsd(row.worstMonthlyIfAllUsd)}
                    </span>
                  )}
                </td>
                <td className={cell}>{formatShare(row.sharePercent)}</td>
                <td className={cell} data-testid={`cost-mix-${id}`}>{formatMonthlyUsd(row.monthlyInMixUsd)}</td>
              </tr>
            )
          })}
          {costs.unpriced.map(({ model, reason }) => (
            <tr key={model.id} className="border-b border-slate-200 text-slate-500 dark:border-slate-700">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {model.name}
              </th>
              <td colSpan={5} className="px-3 py-2" data-testid={`unpriced-${model.id}`}>
                Not priced: {reason}.
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" colSpan={5} className="px-3 py-2 text-right">
              Monthly total for the mix
            </th>
            <td className={cell}>
              <span data-testid="cost-monthly-total">{formatMonthlyUsd(costs.monthlyTotalUsd)}</span>
              {showWorstCase && (
                <span className="block text-xs font-normal text-slate-500" data-testid="cost-monthly-total-worst">
                  worst {formatMonthlyUsd(costs.worstMonthlyTotalUsd)}
                </span>
              )}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

const formatShare = (percent: number) => `${Number(percent.toFixed(2))}%`

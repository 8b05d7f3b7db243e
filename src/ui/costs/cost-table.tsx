import { memo } from 'react'
import { leverEffects } from '../../core/cost/lever-effects.ts'
import { doesNotFit, type ModelCost, type ScenarioCosts } from '../../core/cost/scenario-costs.ts'
import type { TurnCost } from '../../core/cost/workload.ts'
import { formatSeconds } from '../../core/format/format-range.ts'
import { volumeUnit, type Scenario } from '../../core/scenario/scenario.ts'
import { isEstimate } from '../../core/pricing/model-traits.ts'
import {
  formatInteger,
  formatMonthlyUsd,
  formatPercent as formatShare,
  formatRequestUsd,
} from '../../core/format/format-usd.ts'
import { useCostsPending, useCostsPendingShown } from '../hooks/counts-context.tsx'
import { PENDING_SHOWN_CLASS } from '../hooks/pending-shown.ts'
import { EstimateBadge } from '../primitives/estimate-badge.tsx'
import { Ranged } from '../primitives/ranged.tsx'
import { PriceLine } from './price-line.tsx'

interface CostTableProps {
  costs: ScenarioCosts
  /** The same at the low end of each estimate's range: such figures show low–high. */
  lowCosts: ScenarioCosts
  showWorstCase: boolean
  /** The levers, for the notes that say why one has no effect on a model. */
  scenario: Scenario
}

/**
 * Per model: billed input, cost per request, monthly cost alone and as part of the mix. Busy
 * while the costs lag the counts; the table itself re-renders only when its figures change (a
 * keystroke marks it busy: that alone redrew every row).
 */
export function CostTable(props: CostTableProps) {
  return (
    <div
      className={`overflow-x-auto ${useCostsPendingShown() ? PENDING_SHOWN_CLASS : ''}`}
      data-testid="cost-table"
      aria-busy={useCostsPending()}
    >
      <CostRows {...props} />
    </div>
  )
}

const CostRows = memo(function CostRows({ costs, lowCosts, showWorstCase, scenario }: CostTableProps) {
  const cell = 'px-3 py-2 text-right tabular-nums align-top'
  const note = 'block text-xs font-normal text-slate-500 dark:text-slate-400'
  const warning = 'block text-xs font-medium text-red-700 dark:text-red-300'
  const misfits = costs.rows.filter((row) => doesNotFit(row) && row.sharePercent > 0).length
  const conversation = volumeUnit(scenario) === 'conversation'
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Projected cost per model</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left dark:border-slate-600">
          {/* At least 11rem: on a phone the table scrolls sideways in its box rather than squeeze
              the model's name and prices into a word a line. */}
          <th scope="col" className="min-w-44 px-3 py-2">
            Model
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            {conversation ? 'Billed input tokens, last turn' : 'Billed input tokens / request'}
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            {conversation ? 'Cost / conversation' : 'Cost / request'}
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            Monthly, all traffic here
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            Share
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            Monthly in mix
          </th>
        </tr>
      </thead>
      <tbody>
        {costs.rows.map((row) => {
          const id = row.model.id
          const low = lowCosts.rows.find((r) => r.model.id === id)
          const fits = !doesNotFit(row)
          // A request the model refuses has no cost to speak of: its figures are struck through.
          const figure = fits ? undefined : 'text-slate-500 dark:text-slate-400 line-through'
          return (
            <tr key={id} data-fits={fits} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="px-3 py-2 text-left align-top font-medium">
                {row.model.name}
                {isEstimate(row.model) && <EstimateBadge />}
                <PriceLine row={row} />
                {!row.fit.context && (
                  <span className={warning} data-testid={`fit-context-${id}`}>
                    Does not fit: {formatInteger(row.billedInputTokens)} input tokens
                    {conversation ? ` by turn ${scenario.turns}` : ''} exceed its{' '}
                    {formatInteger(row.model.context_window)}-token context window
                  </span>
                )}
                {row.items?.limit && (
                  <span className={warning} data-testid={`items-capped-${id}`}>
                    {formatInteger(row.items.items)} of {formatInteger(row.items.asked)} items fit a request (its{' '}
                    {row.items.limit === 'context'
                      ? `${formatInteger(row.model.context_window)}-token context window`
                      : `${formatInteger(row.model.max_output_tokens)}-token maximum output`}
                    ): priced at {formatInteger(row.items.items)} a request
                  </span>
                )}
                {!row.fit.maxOutput && (
                  <span className={warning} data-testid={`fit-max-output-${id}`}>
                    Does not fit: max_tokens {formatInteger(scenario.maxTokens)} exceeds its{' '}
                    {formatInteger(row.model.max_output_tokens)}-token maximum output
                  </span>
                )}
                {leverEffects(scenario, row).map((effect) => (
                  <span key={effect.lever} className={note} data-testid={`effect-${effect.lever}-${id}`}>
                    {effect.lever}: {effect.reason}
                  </span>
                ))}
              </th>
              <td className={cell}>
                <Ranged
                  testId={`input-tokens-${id}`}
                  estimate={isEstimate(row.model)}
                  high={row.billedInputTokens}
                  low={low?.billedInputTokens}
                  format={formatInteger}
                />
                {row.conversation && <TurnInputs turns={row.conversation.turns} className={note} id={id} />}
                {row.imageTokens > 0 && (
                  <span className={note} data-testid={`image-tokens-${id}`}>
                    incl. {formatInteger(row.imageTokens)} image
                  </span>
                )}
                {row.cachedTokens > 0 && (
                  <span className={note} data-testid={`cached-tokens-${id}`}>
                    {formatInteger(row.cachedTokens)} cacheable
                  </span>
                )}
                {row.reasoningTokens > 0 && (
                  <span className={note}>+ {formatInteger(row.reasoningTokens)} reasoning out</span>
                )}
              </td>
              <td className={cell}>
                <Ranged
                  testId={`cost-${conversation ? 'conversation' : 'request'}-${id}`}
                  className={figure}
                  high={row.perRequestUsd}
                  low={low?.perRequestUsd}
                  format={formatRequestUsd}
                />
                {row.items && (
                  <span className={note}>
                    per item{' '}
                    <Ranged
                      testId={`cost-item-${id}`}
                      high={row.items.perItemUsd}
                      low={low?.items?.perItemUsd}
                      format={formatRequestUsd}
                    />
                  </span>
                )}
                {row.conversation && scenario.promptCachePercent > 0 && (
                  <span className={note} data-testid={`conversation-uncached-${id}`}>
                    {formatRequestUsd(row.conversation.uncachedUsd)} without prompt caching
                  </span>
                )}
                {showWorstCase && (
                  <span className={note} data-testid={`cost-request-worst-${id}`}>
                    worst {formatRequestUsd(row.worstPerRequestUsd)}
                  </span>
                )}
                {row.replySeconds && (
                  <span className={note} data-testid={`latency-${id}`}>
                    {formatSeconds(row.replySeconds)} a {conversation ? 'reply' : 'request'} (your measured speed)
                  </span>
                )}
                {row.prices.tierAboveInputTokens !== null && (
                  <span className={note} data-testid={`tier-${id}`}>
                    long-context tier (&gt; {formatInteger(row.prices.tierAboveInputTokens)} input)
                  </span>
                )}
              </td>
              <td className={cell}>
                <Ranged
                  testId={`cost-monthly-${id}`}
                  className={figure}
                  high={row.monthlyIfAllUsd}
                  low={low?.monthlyIfAllUsd}
                  format={formatMonthlyUsd}
                />
                {!fits && <span className={warning}>does not fit</span>}
                {showWorstCase && (
                  <span className={note} data-testid={`cost-monthly-worst-${id}`}>
                    worst {formatMonthlyUsd(row.worstMonthlyIfAllUsd)}
                  </span>
                )}
                <BatchNote row={row} batchPercent={scenario.batchPercent} className={note} />
              </td>
              <td className={cell}>{formatShare(row.sharePercent)}</td>
              <td className={cell}>
                <Ranged
                  testId={`cost-mix-${id}`}
                  className={figure}
                  high={row.monthlyInMixUsd}
                  low={low?.monthlyInMixUsd}
                  format={formatMonthlyUsd}
                />
              </td>
            </tr>
          )
        })}
        {costs.unpriced.map(({ model, reason }) => (
          <tr
            key={model.id}
            className="border-b border-slate-200 text-slate-500 dark:text-slate-400 dark:border-slate-700"
          >
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
        {costs.routing?.escalation && (
          <tr className="border-b border-slate-200 dark:border-slate-700">
            <th scope="row" colSpan={5} className="px-3 py-2 text-right font-normal">
              Escalation: {formatShare(costs.routing.escalation.ratePercent)} of{' '}
              {costs.routing.escalation.from.model.name}
              ’s requests sent again to {costs.routing.escalation.to.model.name} (
              {formatInteger(Math.round(costs.routing.escalation.requests))} a month, both paid)
            </th>
            <td className={cell} data-testid="cost-escalation">
              {formatMonthlyUsd(costs.routing.escalation.monthlyUsd)}
            </td>
          </tr>
        )}
        {costs.routing?.classifier && (
          <tr className="border-b border-slate-200 dark:border-slate-700">
            <th scope="row" colSpan={5} className="px-3 py-2 text-right font-normal">
              Classifier: {costs.routing.classifier.model.name}, {formatInteger(costs.routing.classifier.inputTokens)}{' '}
              in and {formatInteger(costs.routing.classifier.outputTokens)} out per request (
              {formatRequestUsd(costs.routing.classifier.perRequestUsd)})
              {costs.routing.classifier.inputStandIn && (
                <span className={note}>≈ its input as {costs.rows[0]?.model.name} counts it</span>
              )}
            </th>
            <td className={cell} data-testid="cost-classifier">
              {formatMonthlyUsd(costs.routing.classifier.monthlyUsd)}
            </td>
          </tr>
        )}
        <tr className="font-semibold">
          <th scope="row" colSpan={5} className="px-3 py-2 text-right">
            Monthly total for the mix
            {costs.unpriced.length > 0 && (
              <span className={note}>leaves out the {costs.unpriced.length} model(s) not priced</span>
            )}
            {misfits > 0 && (
              <span className={warning} data-testid="cost-total-misfits">
                includes {misfits} model(s) whose request does not fit
              </span>
            )}
          </th>
          <td className={cell}>
            <Ranged
              testId="cost-monthly-total"
              high={costs.monthlyTotalUsd}
              low={lowCosts.monthlyTotalUsd}
              format={formatMonthlyUsd}
            />
            {showWorstCase && (
              <span className={note} data-testid="cost-monthly-total-worst">
                worst {formatMonthlyUsd(costs.worstMonthlyTotalUsd)}
              </span>
            )}
          </td>
        </tr>
      </tfoot>
    </table>
  )
})

/** A conversation's billed input turn by turn: all of them up to five turns, else the first two and the last. */
function TurnInputs({ turns, className, id }: { turns: readonly TurnCost[]; className: string; id: string }) {
  const shown = turns.length <= 5 ? turns : [turns[0]!, turns[1]!, turns.at(-1)!]
  const parts = shown.map((turn) => formatInteger(turn.inputTokens))
  if (turns.length > 5) parts.splice(2, 0, '…')
  const total = turns.reduce((sum, turn) => sum + turn.inputTokens, 0)
  return (
    <span className={className} data-testid={`turn-inputs-${id}`}>
      turns: {parts.join(' → ')} ({formatInteger(total)} in all)
    </span>
  )
}

function BatchNote({ row, batchPercent, className }: { row: ModelCost; batchPercent: number; className: string }) {
  if (row.batch === 'unused') return null
  const text =
    row.batch === 'no-batch-api'
      ? 'no batch API: all at standard prices'
      : `${formatShare(batchPercent)} via batch at ${formatShare((row.price.batch_discount ?? 0) * 100)} off`
  return (
    <span className={className} data-testid={`batch-${row.model.id}`}>
      {text}
    </span>
  )
}

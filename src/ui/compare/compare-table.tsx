import { memo, useEffect, useId, useMemo, useRef, useState } from 'react'
import { cheapestThatFits, compareModels, type CompareRow } from '../../core/cost/compare-models.ts'
import { doesNotFit, type ModelCost } from '../../core/cost/scenario-costs.ts'
import { volumeUnit } from '../../core/scenario/scenario.ts'
import { formatInteger, formatMonthlyUsd, formatRequestUsd } from '../../core/format/format-usd.ts'
import { countedAtEnds, standsIn } from '../../core/cost/estimate-range.ts'
import { countingOf, isEstimate, usesVocabulary } from '../../core/pricing/model-traits.ts'
import type { PricedModel } from '../../core/pricing/pricing-schema.ts'
import { useStore } from '../../state/store.ts'
import { useCostCounts, useCountAlso } from '../hooks/counts-context.tsx'
import { useScenarioCosts } from '../hooks/use-scenario-costs.ts'
import { useNearViewport } from '../hooks/use-near-viewport.ts'
import { EstimateBadge } from '../primitives/estimate-badge.tsx'
import { Ranged } from '../primitives/ranged.tsx'
import { FIELD_CLASS } from '../primitives/field-class.ts'

type SortKey = 'model' | 'provider' | 'request' | 'monthly' | 'context' | 'output' | 'fits'

const COLUMNS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: 'model', label: 'Model', numeric: false },
  { key: 'provider', label: 'Provider', numeric: false },
  { key: 'request', label: 'Cost / request', numeric: true },
  { key: 'monthly', label: 'Monthly, all traffic here', numeric: true },
  { key: 'context', label: 'Context window', numeric: true },
  { key: 'output', label: 'Max output', numeric: true },
  { key: 'fits', label: 'Fits this request', numeric: false },
]

/** A row's value in a column, for sorting; undefined sorts last whichever the direction. */
function sortValue(row: CompareRow, key: SortKey): string | number | undefined {
  switch (key) {
    case 'model':
      return row.model.name.toLowerCase()
    case 'provider':
      return row.model.provider
    case 'context':
      return row.model.context_window
    case 'output':
      return row.model.max_output_tokens
    default:
      if (row.status !== 'priced') return undefined
      if (key === 'request') return row.cost.perRequestUsd
      if (key === 'monthly') return row.cost.monthlyIfAllUsd
      return doesNotFit(row.cost) ? 1 : 0
  }
}

/**
 * Every priced model for the current scenario, not only the mix: what a request and a month
 * would cost with all traffic on it, whether the request fits, filtered, searched and sorted
 * (cheapest first), each addable to the mix. Models counted in an encoding the mix does not use
 * are counted once the comparison comes into view. A model counted with an open vocabulary is
 * counted exactly once it is in the mix (its vocabulary is megabytes, loaded only then); here,
 * until then, its o200k_base count stands in, scaled by its family's range and marked "≈".
 */
export const CompareTable = memo(function CompareTable() {
  const { scenario, models, ready } = useScenarioCosts()
  // Per-request figures are per conversation when volume counts conversations.
  const conversation = volumeUnit(scenario) === 'conversation'
  const { counts: made } = useCostCounts()
  const byCounter = made.counts
  const estimates = useStore((s) => (s.pricing.status === 'ready' ? s.pricing.release.estimates : undefined))
  const { high: counted, low: countedLow } = useMemo(
    () => countedAtEnds(byCounter, estimates, true),
    [byCounter, estimates],
  )
  const estimated = (model: PricedModel) => isEstimate(model) || standsIn(model, byCounter)
  const addModel = useStore((s) => s.addModel)
  const countAlso = useCountAlso()
  const section = useRef<HTMLElement>(null)
  const headingId = useId()
  const [provider, setProvider] = useState('all')
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<{ key: SortKey; direction: 1 | -1 }>({ key: 'monthly', direction: 1 })

  // The other encodings are counted once the comparison is seen (or near it), not before.
  const seen = useNearViewport(section, '0px', ready)
  useEffect(() => {
    if (seen) countAlso(models.map((m) => (usesVocabulary(m) ? 'o200k_base' : countingOf(m).counter)))
  }, [seen, models, countAlso])

  const rows = useMemo(() => compareModels(scenario, models, counted), [scenario, models, counted])
  // The low end of each estimate's range; rows are ranked by the high end, which never flatters.
  const lowCosts = useMemo(() => {
    const byId = new Map<string, ModelCost>()
    if (countedLow === counted) return byId
    for (const row of compareModels(scenario, models, countedLow))
      if (row.status === 'priced') byId.set(row.model.id, row.cost)
    return byId
  }, [scenario, models, counted, countedLow])
  const providers = useMemo(() => [...new Set(models.map((m) => m.provider))].sort(), [models])
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase()
    const kept = rows.filter(
      (row) =>
        (provider === 'all' || row.model.provider === provider) &&
        (q === '' || row.model.id.includes(q) || row.model.name.toLowerCase().includes(q)),
    )
    return kept.sort((a, b) => {
      const x = sortValue(a, sort.key)
      const y = sortValue(b, sort.key)
      if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1
      return (x < y ? -1 : x > y ? 1 : 0) * sort.direction
    })
  }, [rows, provider, query, sort])
  if (!ready) return null
  const cheapest = cheapestThatFits(rows)
  const counting = rows.filter((row) => row.status === 'counting').length

  return (
    <section ref={section} aria-labelledby={headingId} className="offscreen-lazy flex flex-col gap-3">
      <h2 id={headingId} className="text-lg font-semibold">
        Every model compared
      </h2>
      <p data-testid="cheapest-fit" className="text-sm">
        {cheapest ? (
          <>
            Cheapest that fits: <strong>{cheapest.model.name}</strong>
            {estimated(cheapest.model) && (
              <EstimateBadge why={isEstimate(cheapest.model) ? 'unpublished' : 'not-loaded'} />
            )}{' '}
            at{' '}
            <strong>
              <Ranged
                high={cheapest.cost.monthlyIfAllUsd}
                low={lowCosts.get(cheapest.model.id)?.monthlyIfAllUsd}
                format={formatMonthlyUsd}
              />
            </strong>
            /month with all traffic on it (
            <Ranged
              high={cheapest.cost.perRequestUsd}
              low={lowCosts.get(cheapest.model.id)?.perRequestUsd}
              format={formatRequestUsd}
            />{' '}
            a {conversation ? 'conversation' : 'request'}).
          </>
        ) : (
          'No model fits this request.'
        )}
        {counting > 0 && (
          <span className="text-slate-600 dark:text-slate-400"> {counting} model(s) still counting.</span>
        )}
      </p>
      <div className="flex flex-wrap gap-3 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium">Provider</span>
          <select className={FIELD_CLASS} value={provider} onChange={(event) => setProvider(event.target.value)}>
            <option value="all">All providers</option>
            {providers.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">Search the comparison</span>
          <input
            type="search"
            className={FIELD_CLASS}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
      </div>
      <div className="max-h-[32rem] overflow-auto">
        <table data-testid="compare-table" className="w-full border-collapse text-sm">
          <caption className="sr-only">Every model priced for this scenario, all traffic on it</caption>
          <thead className="sticky top-0 bg-white dark:bg-slate-900">
            <tr className="border-b border-slate-300 dark:border-slate-600">
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? (sort.direction === 1 ? 'ascending' : 'descending') : undefined}
                  className={`px-2 py-1 ${column.numeric ? 'text-right' : 'text-left'}`}
                >
                  <button
                    type="button"
                    className="font-semibold underline decoration-dotted"
                    onClick={() =>
                      setSort((s) => ({
                        key: column.key,
                        direction: s.key === column.key ? (s.direction === 1 ? -1 : 1) : 1,
                      }))
                    }
                  >
                    {column.key === 'request' && conversation ? 'Cost / conversation' : column.label}
                    {sort.key === column.key ? (sort.direction === 1 ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
              <th scope="col" className="px-2 py-1">
                <span className="sr-only">Add to the mix</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <CompareLine
                key={row.model.id}
                row={row}
                estimated={estimated(row.model)}
                low={lowCosts.get(row.model.id)}
                inMix={scenario.modelIds.includes(row.model.id)}
                add={() => addModel(row.model.id)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
})

interface CompareLineProps {
  row: CompareRow
  /** Priced from a stand-in count, not the model's own. */
  estimated: boolean
  /** The row's cost at the low end of its estimate's range. */
  low: ModelCost | undefined
  inMix: boolean
  add: () => void
}

function CompareLine({ row, estimated, low, inMix, add }: CompareLineProps) {
  const { model } = row
  const cell = 'px-2 py-1 text-right tabular-nums'
  const fits = row.status === 'priced' ? !doesNotFit(row.cost) : undefined
  return (
    <tr
      data-testid={`compare-row-${model.id}`}
      data-fits={fits === undefined ? undefined : String(fits)}
      className="border-b border-slate-200 dark:border-slate-700"
    >
      <th scope="row" className="px-2 py-1 text-left font-medium">
        {model.name}
        {estimated && <EstimateBadge why={isEstimate(model) ? 'unpublished' : 'not-loaded'} />}
        <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{model.id}</span>
      </th>
      <td className="px-2 py-1">{model.provider}</td>
      {row.status === 'priced' ? (
        <>
          <td className={cell}>
            <Ranged high={row.cost.perRequestUsd} low={low?.perRequestUsd} format={formatRequestUsd} />
          </td>
          <td className={cell}>
            <Ranged
              testId={`compare-monthly-${model.id}`}
              className={fits ? undefined : 'line-through'}
              high={row.cost.monthlyIfAllUsd}
              low={low?.monthlyIfAllUsd}
              format={formatMonthlyUsd}
            />
          </td>
        </>
      ) : (
        <td colSpan={2} className="px-2 py-1 text-slate-600 dark:text-slate-400">
          {row.status === 'counting' ? 'counting…' : `not priced: ${row.reason}`}
        </td>
      )}
      <td className={cell}>{formatInteger(model.context_window)}</td>
      <td className={cell}>{formatInteger(model.max_output_tokens)}</td>
      <td className="px-2 py-1">
        {fits === undefined ? '' : fits ? 'yes' : <span className="text-red-700 dark:text-red-300">does not fit</span>}
      </td>
      <td className="px-2 py-1">
        <button
          type="button"
          className="whitespace-nowrap underline disabled:no-underline disabled:opacity-60"
          disabled={inMix}
          onClick={add}
          aria-label={inMix ? `${model.id} is in the mix` : `Add ${model.id} to the mix`}
        >
          {inMix ? 'in the mix' : 'Add'}
        </button>
      </td>
    </tr>
  )
}

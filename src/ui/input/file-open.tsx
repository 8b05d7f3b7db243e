import { batchFileCost, spreadOf } from '../../core/files/batch-file-cost.ts'
import { formatInteger, formatMonthlyUsd } from '../../core/format/format-usd.ts'
import { countingOf, isEstimate } from '../../core/pricing/model-traits.ts'
import { priceAsOf } from '../../core/pricing/price-as-of.ts'
import { useStore } from '../../state/store.ts'
import { useCounts } from '../hooks/counts-context.tsx'
import { useOpenFile } from '../hooks/use-open-file.ts'
import { EstimateBadge } from '../primitives/estimate-badge.tsx'
import { Ranged } from '../primitives/ranged.tsx'
import { estimateRangeOf, scaledTokens } from '../../core/cost/estimate-range.ts'

/** "Open a file", what became of the last one, and a `.jsonl` file's summary. */
export function FileOpen() {
  const open = useOpenFile()
  const outcome = useStore((s) => s.fileStatus)
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label className="cursor-pointer rounded border border-slate-300 px-2 py-1 focus-within:outline focus-within:outline-2 dark:border-slate-600">
          Open a file
          <input
            type="file"
            data-testid="file-input"
            className="sr-only"
            accept=".txt,.md,.csv,.json,.jsonl,.ndjson,text/*,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0]
              event.target.value = ''
              if (file) void open(file)
            }}
          />
        </label>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          or drop one on the boxes: text, a .json request or messages, a .jsonl batch. Read in this browser only.
        </span>
      </div>
      {outcome && (
        <p
          role={outcome.kind === 'error' ? 'alert' : 'status'}
          data-testid={outcome.kind === 'error' ? 'file-error' : 'file-status'}
          className={`text-sm ${outcome.kind === 'error' ? 'text-red-700 dark:text-red-300' : 'text-slate-600 dark:text-slate-400'}`}
        >
          {outcome.text}
        </p>
      )}
      <BatchFileSummary />
    </div>
  )
}

/** A `.jsonl` file's requests: how many, billed input per request, and the whole file's cost per model. */
function BatchFileSummary() {
  const batch = useStore((s) => s.batchFile)
  const scenario = useStore((s) => s.scenario)
  const setBatchFile = useStore((s) => s.setBatchFile)
  const { compared } = useCounts()
  const estimates = useStore((s) => (s.pricing.status === 'ready' ? s.pricing.release.estimates : undefined))
  if (!batch) return null
  const requests = batch.maxTokens.length
  const first = compared.find((m) => batch.inputs[countingOf(m).counter])
  const firstInputs = first ? batch.inputs[countingOf(first).counter]! : Object.values(batch.inputs)[0]!
  const spread = spreadOf(firstInputs)
  const cell = 'px-2 py-1 text-right tabular-nums'
  return (
    <section
      aria-label="Batch file"
      data-testid="file-summary"
      className="flex flex-col gap-2 rounded border border-slate-300 p-3 text-sm dark:border-slate-600"
    >
      <p>
        <strong>{batch.name}</strong>: <span data-testid="file-request-count">{formatInteger(requests)}</span> requests.
        Billed input per request{first ? ` (${first.name})` : ''}: min {formatInteger(spread.min)} · median{' '}
        {spread.median.toLocaleString('en-US', { maximumFractionDigits: 1 })} · P95 {formatInteger(spread.p95)} · max{' '}
        {formatInteger(spread.max)}.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse">
          <caption className="sr-only">The whole file’s cost per model</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="px-2 py-1 text-left">
                Model
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                Whole file, standard
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                Whole file, batch API
              </th>
            </tr>
          </thead>
          <tbody>
            {compared.map((model) => {
              const inputs = batch.inputs[countingOf(model).counter]
              const row = priceAsOf(model, scenario.pricingAsOf ?? undefined)
              if (!inputs || !row) return null
              // An estimate's counts are o200k_base's scaled by its range: the file costs low–high.
              const range = estimateRangeOf(model, estimates)
              const at = (end: 'low' | 'high') =>
                batchFileCost(
                  batch,
                  range ? inputs.map((n) => scaledTokens(n, range, end)) : inputs,
                  model,
                  row,
                  scenario,
                )
              const cost = at('high')
              const low = range ? at('low') : undefined
              return (
                <tr key={model.id} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="px-2 py-1 text-left font-medium">
                    {model.name}
                    {isEstimate(model) && <EstimateBadge />}
                    {cost.tooLong > 0 && (
                      <span className="block text-xs text-red-700 dark:text-red-300">
                        {formatInteger(cost.tooLong)} request(s) exceed its context window
                      </span>
                    )}
                  </th>
                  <td className={cell}>
                    <Ranged
                      testId={`file-standard-${model.id}`}
                      estimate={isEstimate(model)}
                      high={cost.standardUsd}
                      low={low?.standardUsd}
                      format={formatMonthlyUsd}
                    />
                  </td>
                  <td className={cell}>
                    {cost.batchUsd === null ? (
                      <span data-testid={`file-batch-${model.id}`}>no batch API</span>
                    ) : (
                      <Ranged
                        testId={`file-batch-${model.id}`}
                        estimate={isEstimate(model)}
                        high={cost.batchUsd}
                        low={low?.batchUsd ?? undefined}
                        format={formatMonthlyUsd}
                      />
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Each reply is priced at the expected output (within the request’s own max_tokens); no prompt caching.
        {batch.notes.length > 0 && ` Not counted: ${batch.notes.join('; ')}.`}{' '}
        <button type="button" className="underline" onClick={() => setBatchFile(null)}>
          Close the file
        </button>
      </p>
    </section>
  )
}

import { useState, type DragEvent, type ReactNode } from 'react'
import { batchFileCost, spreadOf } from '../../core/files/batch-file-cost.ts'
import { readRequestFile, requestIntoBoxes, fileKind } from '../../core/files/request-file.ts'
import { formatInteger, formatMonthlyUsd } from '../../core/format/format-usd.ts'
import { countingOf, isEstimate } from '../../core/pricing/model-traits.ts'
import { priceAsOf } from '../../core/pricing/price-as-of.ts'
import { useStore } from '../../state/store.ts'
import { useCounts } from '../hooks/counts-context.tsx'
import { workerClient } from '../hooks/worker-client.ts'
import { EstimateBadge } from '../primitives/estimate-badge.tsx'

/** Larger files are refused: a browser tab holds a copy or two of the text while it is read. */
const MAX_FILE_BYTES = 200 * 1024 * 1024

/**
 * Reads a file a person opens or drops, in the browser only: text into the prompt, a `.json`
 * request into the boxes, messages, tools and response format, a `.jsonl` into the batch
 * summary. A file that does not read changes nothing and says why (line and field).
 */
function useOpenFile(): (file: File) => Promise<void> {
  const setOutcome = useStore((s) => s.setFileStatus)
  const { compared } = useCounts()
  const open = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setOutcome({
        kind: 'error',
        text: `${file.name}: ${formatInteger(file.size)} bytes is more than this page reads (200 MB).`,
      })
      return
    }
    const text = await file.text()
    const { setScenario, setBatchFile } = useStore.getState()
    if (fileKind(file.name) === 'batch') {
      setOutcome({ kind: 'done', text: `Counting ${file.name}…` })
      const counters = [...new Set(compared.map((m) => countingOf(m).counter))]
      const counted = await workerClient.countBatchFile(
        file.name,
        text,
        counters.length > 0 ? counters : ['o200k_base'],
      )
      if (!counted.ok) return setOutcome({ kind: 'error', text: counted.reason })
      setBatchFile(counted.data)
      const requests = counted.data.maxTokens.length
      setOutcome({ kind: 'done', text: `${file.name}: ${formatInteger(requests)} requests, summarised below.` })
      return
    }
    const read = readRequestFile(file.name, text)
    if (!read.ok) return setOutcome({ kind: 'error', text: read.reason })
    if (read.data.kind !== 'request') {
      setScenario({ prompt: read.data.kind === 'text' ? read.data.text : text })
      setOutcome({ kind: 'done', text: `${file.name} is in the prompt.` })
      return
    }
    const { request } = read.data
    const boxes = requestIntoBoxes(request)
    setScenario({
      system: boxes.system,
      prompt: boxes.prompt,
      messages: boxes.messages,
      tools: request.tools,
      responseFormat: request.responseFormat,
      ...(request.maxTokens !== null && { maxTokens: request.maxTokens }),
    })
    const notes = [
      ...request.notes,
      ...(boxes.emptyUserAdded
        ? ['its last message is not the user’s, so the empty prompt box adds an empty user message']
        : []),
    ]
    setOutcome({
      kind: 'done',
      text: `${file.name}: ${request.messages.length} messages${request.tools ? ', tools' : ''}${request.responseFormat ? ', response format' : ''}${request.maxTokens !== null ? `, max_tokens ${request.maxTokens}` : ''}.${notes.length > 0 ? ` Note: ${notes.join('; ')}.` : ''}`,
    })
  }
  return (file) => open(file).catch((e: unknown) => setOutcome({ kind: 'error', text: `${file.name}: ${String(e)}` }))
}

/** A drop target around the prompt boxes: a file dropped there is opened, not pasted as text. */
export function FileDrop({ children }: { children: ReactNode }) {
  const open = useOpenFile()
  const [over, setOver] = useState(false)
  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0]
    if (!file) return
    // Before the editor, which would insert the file's text where it was dropped.
    event.preventDefault()
    event.stopPropagation()
    setOver(false)
    void open(file)
  }
  return (
    <div
      className={`rounded ${over ? 'outline outline-2 outline-teal-600' : ''}`}
      onDragOverCapture={(event) => {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault()
          setOver(true)
        }
      }}
      onDragLeave={() => setOver(false)}
      onDropCapture={onDrop}
    >
      {children}
    </div>
  )
}

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
              const cost = batchFileCost(batch, inputs, model, row, scenario)
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
                  <td className={cell} data-testid={`file-standard-${model.id}`}>
                    {formatMonthlyUsd(cost.standardUsd)}
                  </td>
                  <td className={cell} data-testid={`file-batch-${model.id}`}>
                    {cost.batchUsd === null ? 'no batch API' : formatMonthlyUsd(cost.batchUsd)}
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

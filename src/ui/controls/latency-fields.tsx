import type { LatencyInput } from '../../core/cost/latency.ts'
import { lever } from '../../core/scenario/levers.ts'
import { useStore } from '../../state/store.ts'
import { useModels } from '../hooks/use-models.ts'

const input =
  'w-16 rounded border border-slate-300 bg-white px-1 py-0.5 text-sm tabular-nums dark:border-slate-600 dark:bg-slate-900'

type Bound = 'low' | 'high'

/**
 * Each compared model's measured speed: time to first token and output tokens a second, each
 * from–to. A model left empty shows no time: no source the pricing data cites publishes one.
 */
export function LatencyFields() {
  const modelIds = useStore((s) => s.scenario.modelIds)
  const latency = useStore((s) => s.scenario.latency)
  const setScenario = useStore((s) => s.setScenario)
  const models = useModels()
  const set = (modelId: string, next: LatencyInput | null) =>
    setScenario({
      latency: [...useStore.getState().scenario.latency.filter((l) => l.modelId !== modelId), ...(next ? [next] : [])],
    })
  return (
    <div className="flex flex-col gap-2 sm:col-span-2">
      <p className="text-xs text-slate-500 dark:text-slate-400">{lever('latency').help}</p>
      {/* On a phone the four fields of a row scroll sideways rather than overflow the page. */}
      <div className="overflow-x-auto">
        <table className="text-sm">
          <caption className="sr-only">Measured speed per model</caption>
          <thead>
            <tr className="text-left text-xs">
              <th scope="col">Model</th>
              <th scope="col">Time to first token (ms)</th>
              <th scope="col">Output tokens a second</th>
            </tr>
          </thead>
          <tbody>
            {modelIds.map((id) => {
              const name = models.find((m) => m.id === id)?.name ?? id
              const own = latency.find((l) => l.modelId === id)
              const field = (what: 'ttftMs' | 'tokensPerSecond', bound: Bound, label: string) => (
                <input
                  type="number"
                  min={what === 'ttftMs' ? 0 : 1}
                  className={input}
                  aria-label={`${name}: ${label}, ${bound === 'low' ? 'from' : 'to'}`}
                  value={own ? own[what][bound] : ''}
                  onChange={(event) => {
                    const n = event.target.value === '' ? undefined : Number(event.target.value)
                    if (n === undefined) return set(id, null)
                    const base: LatencyInput = own ?? {
                      modelId: id,
                      ttftMs: { low: 500, high: 500 },
                      tokensPerSecond: { low: 50, high: 50 },
                    }
                    const range = { ...base[what], [bound]: n }
                    // One end moved past the other takes it along: a range stays low ≤ high.
                    if (range.low > range.high) range[bound === 'low' ? 'high' : 'low'] = n
                    set(id, { ...base, [what]: range })
                  }}
                />
              )
              return (
                <tr key={id}>
                  <th scope="row" className="pr-2 text-left font-normal">
                    {name}
                  </th>
                  <td className="whitespace-nowrap pr-2">
                    {field('ttftMs', 'low', 'time to first token in ms')}–
                    {field('ttftMs', 'high', 'time to first token in ms')}
                  </td>
                  <td className="whitespace-nowrap">
                    {field('tokensPerSecond', 'low', 'output tokens a second')}–
                    {field('tokensPerSecond', 'high', 'output tokens a second')}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </div>
  )
}

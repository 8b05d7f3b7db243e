import { useMemo, useState } from 'react'
import { formatInteger } from '../../core/format/format-usd.ts'
import { isEstimate } from '../../core/pricing/model-traits.ts'
import { useStore } from '../../state/store.ts'
import { EstimateBadge } from '../primitives/estimate-badge.tsx'
import { useModels } from '../hooks/use-models.ts'
import { CustomModelForm } from './custom-model-form.tsx'

/** The compared models and each one's share of traffic (always summing to 100%). */
export function ModelMix() {
  const models = useModels()
  const modelIds = useStore((s) => s.scenario.modelIds)
  const mixPercents = useStore((s) => s.scenario.mixPercents)
  const setModelShare = useStore((s) => s.setModelShare)
  const addModel = useStore((s) => s.addModel)
  const removeModel = useStore((s) => s.removeModel)
  const [query, setQuery] = useState('')

  const choices = useMemo(() => {
    const q = query.trim().toLowerCase()
    return models.filter(
      (m) =>
        !modelIds.includes(m.id) &&
        (q === '' || m.id.includes(q) || m.name.toLowerCase().includes(q) || m.provider.includes(q)),
    )
  }, [models, modelIds, query])

  return (
    <fieldset className="min-w-0 flex flex-col gap-3">
      <legend className="mb-2 text-base font-semibold">Models and traffic mix</legend>
      <ul className="flex flex-col gap-2">
        {modelIds.map((id, index) => {
          const model = models.find((m) => m.id === id)
          const share = mixPercents[index] ?? 0
          return (
            <li key={id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="min-w-40 flex-1 font-medium">
                {model?.name ?? id}
                {model && isEstimate(model) && <EstimateBadge />}
                {model && (
                  <span className="block text-xs font-normal text-slate-500">
                    {id} · {formatInteger(model.context_window)} context
                  </span>
                )}
              </span>
              <label className="flex items-center gap-2 text-sm">
                <span className="sr-only">Share of traffic for {id}</span>
                <input
                  className="w-28 sm:w-36"
                  type="range"
                  min={0}
                  max={100}
                  step={1}
                  value={share}
                  data-testid={`share-slider-${id}`}
                  disabled={modelIds.length < 2}
                  onChange={(event) => setModelShare(index, Number(event.target.value))}
                />
                <input
                  type="number"
                  min={0}
                  max={100}
                  step={1}
                  aria-label={`Share % for ${id}`}
                  data-testid={`share-${id}`}
                  className="w-20 rounded border border-slate-300 px-1 dark:border-slate-600 dark:bg-slate-900"
                  value={share}
                  disabled={modelIds.length < 2}
                  onChange={(event) => {
                    const n = Number(event.target.value)
                    if (event.target.value !== '' && Number.isFinite(n)) setModelShare(index, n)
                  }}
                />
                %
              </label>
              <button
                type="button"
                className="rounded px-2 text-sm text-slate-600 underline disabled:opacity-40"
                aria-label={`Remove ${id}`}
                disabled={modelIds.length < 2}
                onClick={() => removeModel(index)}
              >
                Remove
              </button>
            </li>
          )
        })}
      </ul>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Search models</span>
          <input
            type="search"
            className="rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
          <span className="font-medium">Add a model</span>
          <select
            className="w-full min-w-0 max-w-md rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
            value=""
            onChange={(event) => {
              if (event.target.value) addModel(event.target.value)
              setQuery('')
            }}
          >
            <option value="">{choices.length === 0 ? 'No other models' : 'Choose…'}</option>
            {groupByProvider(choices).map(([provider, group]) => (
              <optgroup key={provider} label={provider}>
                {group.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name} ({m.id}) · {compactTokens(m.context_window)} context
                    {isEstimate(m) ? ' · ≈ estimate' : ''}
                    {m.deprecated ? ` · retired ${m.deprecated}` : ''}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      </div>
      <CustomModelForm />
    </fieldset>
  )
}

const compactTokens = (n: number) => new Intl.NumberFormat('en-US', { notation: 'compact' }).format(n)

function groupByProvider<T extends { provider: string }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(item.provider, [...(groups.get(item.provider) ?? []), item])
  return [...groups.entries()]
}

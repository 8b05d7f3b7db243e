import { useMemo } from 'react'
import { formatInteger } from '../../core/format/format-usd.ts'
import { isEstimate } from '../../core/pricing/model-traits.ts'
import { useStore } from '../../state/store.ts'
import { EstimateBadge } from '../primitives/estimate-badge.tsx'
import { useModels } from '../hooks/use-models.ts'
import { CustomModelForm } from './custom-model-form.tsx'
import { ModelPicker } from './model-picker.tsx'

/** The compared models and each one's share of traffic (always summing to 100%). */
export function ModelMix() {
  const models = useModels()
  const modelIds = useStore((s) => s.scenario.modelIds)
  const mixPercents = useStore((s) => s.scenario.mixPercents)
  const setModelShare = useStore((s) => s.setModelShare)
  const addModel = useStore((s) => s.addModel)
  const removeModel = useStore((s) => s.removeModel)
  const choices = useMemo(() => models.filter((m) => !modelIds.includes(m.id)), [models, modelIds])

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
                  <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">
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
                className="rounded px-2 text-sm text-slate-600 underline disabled:opacity-40 dark:text-slate-300"
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
      <ModelPicker choices={choices} onAdd={addModel} />
      <CustomModelForm />
    </fieldset>
  )
}

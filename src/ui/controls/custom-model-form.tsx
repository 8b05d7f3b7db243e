import { useId, useState } from 'react'
import { customModelWarnings } from '../../core/pricing/custom-model.ts'
import { CUSTOM_MODEL_ID, LIMITS, type CustomModelInput } from '../../core/scenario/scenario.ts'
import { useStore } from '../../state/store.ts'
import { NumberField } from '../primitives/number-field.tsx'
import { FIELD_CLASS } from '../primitives/field-class.ts'

const STARTER: CustomModelInput = {
  name: 'My model',
  inputUsdPerMTok: 1,
  outputUsdPerMTok: 4,
  cachedInputUsdPerMTok: null,
  batchDiscountPercent: null,
}

/**
 * A model priced with the person's own numbers (a private deal, a self-hosted model, a price
 * not yet in the release). Once compared it behaves like any other model; edits apply live.
 */
export function CustomModelForm() {
  const nameId = useId()
  const custom = useStore((s) => s.scenario.customModel)
  const compared = useStore((s) => s.scenario.modelIds.includes(CUSTOM_MODEL_ID))
  const onlyModel = useStore((s) => s.scenario.modelIds.length < 2)
  const setCustomModel = useStore((s) => s.setCustomModel)
  const addModel = useStore((s) => s.addModel)
  const [draft, setDraft] = useState<CustomModelInput>(STARTER)
  const value = custom ?? draft
  const update = (patch: Partial<CustomModelInput>) => {
    const next = { ...value, ...patch }
    if (custom) setCustomModel(next)
    else setDraft(next)
  }
  const price = { min: 0, max: LIMITS.usdPerMTok, integer: false, step: 0.01 }
  const warnings = customModelWarnings(value)

  return (
    <details className="rounded border border-slate-200 p-3 dark:border-slate-700" open={custom !== null}>
      <summary className="cursor-pointer text-sm font-medium">Custom model: your own prices</summary>
      <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={nameId} className="text-sm font-medium">
            Custom model name
          </label>
          <input
            id={nameId}
            className={FIELD_CLASS}
            value={value.name}
            maxLength={80}
            onChange={(event) => update({ name: event.target.value })}
          />
          <span className="text-xs text-slate-500 dark:text-slate-400">Counted with o200k_base, as an estimate.</span>
        </div>
        <NumberField
          label="Custom input $/1M tokens"
          hint="Price per 1M input tokens."
          value={value.inputUsdPerMTok}
          {...price}
          onChange={(v) => update({ inputUsdPerMTok: v ?? 0 })}
        />
        <NumberField
          label="Custom output $/1M tokens"
          hint="Price per 1M output (and reasoning) tokens."
          value={value.outputUsdPerMTok}
          {...price}
          onChange={(v) => update({ outputUsdPerMTok: v ?? 0 })}
        />
        <NumberField
          label="Custom cached input $/1M tokens"
          hint={warnings.cachedInput ?? 'Cache-read price; empty = no prompt caching.'}
          hintIsWarning={warnings.cachedInput !== undefined}
          value={value.cachedInputUsdPerMTok}
          allowEmpty
          placeholder="none"
          {...price}
          onChange={(v) => update({ cachedInputUsdPerMTok: v })}
        />
        <NumberField
          label="Custom batch discount (%)"
          hint="Taken off every token sent through a batch API; empty = no batch API."
          value={value.batchDiscountPercent}
          allowEmpty
          placeholder="none"
          min={0}
          max={100}
          integer={false}
          step={1}
          onChange={(v) => update({ batchDiscountPercent: v })}
        />
      </div>
      <div className="mt-3 flex gap-3 text-sm">
        {!compared && (
          <button
            type="button"
            className="rounded bg-teal-700 px-3 py-1 font-medium text-white"
            onClick={() => {
              setCustomModel(value)
              addModel(CUSTOM_MODEL_ID)
            }}
          >
            Compare custom model
          </button>
        )}
        {custom && (
          <button
            type="button"
            className="underline disabled:opacity-40"
            disabled={compared && onlyModel}
            onClick={() => setCustomModel(null)}
          >
            Remove custom model
          </button>
        )}
      </div>
    </details>
  )
}

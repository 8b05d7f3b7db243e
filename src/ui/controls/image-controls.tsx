import { useId } from 'react'
import { LIMITS, type ImageDetail, type ImageInput } from '../../core/scenario/scenario.ts'
import { useStore } from '../../state/store.ts'
import { NumberField } from '../primitives/number-field.tsx'

/** Images sent with every request; each model turns them into input tokens by its own rule. */
export function ImageControls() {
  const detailId = useId()
  const images = useStore((s) => s.scenario.images)
  const setScenario = useStore((s) => s.setScenario)
  const update = (patch: Partial<ImageInput>) => setScenario({ images: { ...images, ...patch } })
  const side = { min: 1, max: LIMITS.imageSidePx }

  return (
    <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <legend className="mb-2 text-base font-semibold">Images</legend>
      <NumberField
        label="Images per request"
        hint="Billed as input tokens; models with no published rule show “images: not priced”."
        value={images.count}
        min={0}
        max={LIMITS.images}
        onChange={(v) => update({ count: v ?? 0 })}
      />
      <NumberField
        label="Image width (px)"
        hint="Before the provider resizes it."
        value={images.widthPx}
        {...side}
        onChange={(v) => update({ widthPx: v ?? 1 })}
      />
      <NumberField
        label="Image height (px)"
        hint="Before the provider resizes it."
        value={images.heightPx}
        {...side}
        onChange={(v) => update({ heightPx: v ?? 1 })}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={detailId} className="text-sm font-medium">
          Image detail
        </label>
        <select
          id={detailId}
          className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          value={images.detail}
          onChange={(event) => update({ detail: event.target.value as ImageDetail })}
        >
          <option value="high">high</option>
          <option value="low">low</option>
        </select>
        <span className="text-xs text-slate-500">Low = a flat base per image on tile models (gpt-4o: 85).</span>
      </div>
    </fieldset>
  )
}

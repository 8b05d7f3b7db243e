import { useId } from 'react'
import {
  numberLever,
  readKey,
  writeKey,
  type EnumLever,
  type ModelLever,
  type SizeLever,
} from '../../core/scenario/levers.ts'
import { useModels } from '../hooks/use-models.ts'
import { useStore } from '../../state/store.ts'
import { NumberField } from '../primitives/number-field.tsx'
import { FIELD_CLASS } from '../primitives/field-class.ts'

// The fields of the levers, drawn from the lever table (core/scenario/levers.ts), so the full
// page and the embed widget (which shows the levers a host picks) use the same labels, limits
// and explanations as the URL parameters and their notices.

/** A number lever's field, by URL parameter. An emptied required field stands for its minimum. */
export function LeverField({ param }: { param: string }) {
  const lever = numberLever(param)
  const value = useStore((s) => readKey(s.scenario, lever.key) as number | null)
  const placeholder = useStore((s) => lever.empty?.(s.scenario))
  const warning = useStore((s) => lever.warning?.(s.scenario))
  const note = useStore((s) => lever.note?.(s.scenario))
  const setScenario = useStore((s) => s.setScenario)
  return (
    <NumberField
      label={lever.label}
      hint={warning ?? note ?? lever.help}
      hintIsWarning={warning !== undefined}
      min={lever.min}
      max={lever.max}
      integer={lever.integer}
      value={value}
      allowEmpty={lever.empty !== undefined}
      placeholder={placeholder}
      onChange={(v) =>
        setScenario(writeKey(useStore.getState().scenario, lever.key, v ?? (lever.empty ? null : lever.min)))
      }
    />
  )
}

/** Width and height, one field each. */
export function SizeFields({ lever }: { lever: SizeLever }) {
  const sides = useStore((s) => lever.keys.map((key) => readKey(s.scenario, key) as number).join('x'))
  const setScenario = useStore((s) => s.setScenario)
  return lever.keys.map((key, i) => (
    <NumberField
      key={key}
      label={lever.labels[i]!}
      hint={lever.help}
      min={lever.min}
      max={lever.max}
      value={Number(sides.split('x')[i])}
      onChange={(v) => setScenario(writeKey(useStore.getState().scenario, key, v ?? lever.min))}
    />
  ))
}

/** A labelled select with its help line: the enum levers' and the model lever's. */
function SelectField({
  label,
  help,
  value,
  options,
  onChange,
}: {
  label: string
  help: string
  value: string
  options: readonly { value: string; label: string }[]
  onChange: (value: string) => void
}) {
  const id = useId()
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} className={FIELD_CLASS} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <span className="text-xs text-slate-500 dark:text-slate-400">{help}</span>
    </div>
  )
}

/** One of a few values, as a select. */
export function EnumField({ lever }: { lever: EnumLever }) {
  const value = useStore((s) => readKey(s.scenario, lever.key) as string)
  const setScenario = useStore((s) => s.setScenario)
  return (
    <SelectField
      label={lever.label}
      help={lever.help}
      value={value}
      options={lever.options.map((option) => ({ value: option, label: option }))}
      onChange={(v) => setScenario(writeKey(useStore.getState().scenario, lever.key, v))}
    />
  )
}

/** A model of the pricing data, or none, as a select. */
export function ModelField({ lever }: { lever: ModelLever }) {
  const value = useStore((s) => readKey(s.scenario, lever.key) as string | null)
  const setScenario = useStore((s) => s.setScenario)
  const models = useModels()
  return (
    <SelectField
      label={lever.label}
      help={lever.help}
      value={value ?? ''}
      options={[{ value: '', label: 'none' }, ...models.map((m) => ({ value: m.id, label: m.name }))]}
      onChange={(v) => setScenario(writeKey(useStore.getState().scenario, lever.key, v || null))}
    />
  )
}

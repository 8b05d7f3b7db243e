import { plainDecimal } from '../../core/format/plain-decimal.ts'
import { useId, useState } from 'react'
import { FIELD_CLASS } from './field-class.ts'

interface NumberFieldProps {
  label: string
  hint?: string
  /** The hint says the value will not be used as it stands. */
  hintIsWarning?: boolean
  value: number | null
  onChange: (value: number | null) => void
  min: number
  max: number
  step?: number
  integer?: boolean
  /** Shown when the field is empty and empty is allowed. */
  placeholder?: string
  allowEmpty?: boolean
  testId?: string
}

/**
 * A number input that keeps what the person typed while it is not a valid value, says why,
 * and only passes valid values up. The store never sees NaN or an out-of-range number.
 */
export function NumberField(props: NumberFieldProps) {
  const {
    label,
    hint,
    hintIsWarning = false,
    value,
    onChange,
    min,
    max,
    step = 1,
    integer = true,
    placeholder,
    allowEmpty = false,
    testId,
  } = props
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  // Plain decimal: "1e-7" in a field would be copied back into addresses and fields that refuse it.
  const shown = draft ?? (value === null ? '' : plainDecimal(value))
  const error = draft === null ? undefined : validate(draft)

  function validate(text: string): string | undefined {
    if (text.trim() === '') return allowEmpty ? undefined : 'Required.'
    const n = Number(text)
    if (!Number.isFinite(n)) return 'Not a number.'
    if (integer && !Number.isInteger(n)) return 'Whole numbers only.'
    if (n < min || n > max) return `From ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`
    return undefined
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        data-testid={testId}
        type="number"
        inputMode="decimal"
        className={FIELD_CLASS}
        value={shown}
        min={min}
        max={max}
        step={step}
        placeholder={placeholder}
        aria-invalid={error !== undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const text = event.target.value
          setDraft(text)
          if (validate(text) === undefined) onChange(text.trim() === '' ? null : Number(text))
        }}
        onBlur={() => {
          if (error === undefined) setDraft(null)
        }}
      />
      <span
        id={`${id}-hint`}
        className={`text-xs ${error ? 'text-red-700 dark:text-red-400' : hintIsWarning ? 'text-amber-800 dark:text-amber-300' : 'text-slate-500 dark:text-slate-400'}`}
      >
        {error ?? hint}
      </span>
    </div>
  )
}

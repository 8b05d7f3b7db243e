import { useId } from 'react'
import { lever } from '../../core/scenario/levers.ts'
import { isIsoDate } from '../../core/url/scenario-params.ts'
import { useStore } from '../../state/store.ts'
import { FIELD_CLASS } from '../primitives/field-class.ts'

/** Prices the scenario with the rows in force on a past date (URL parameter `pricing`). */
export function PricingAsOf() {
  const id = useId()
  const asOf = useStore((s) => s.scenario.pricingAsOf)
  const setScenario = useStore((s) => s.setScenario)
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {lever('pricing').label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          type="date"
          data-testid="pricing-as-of"
          className={FIELD_CLASS}
          value={asOf ?? ''}
          onChange={(event) => {
            const value = event.target.value
            setScenario({ pricingAsOf: isIsoDate(value) ? value : null })
          }}
        />
        {asOf && (
          <button type="button" className="text-sm underline" onClick={() => setScenario({ pricingAsOf: null })}>
            Current prices
          </button>
        )}
      </div>
      <span className="text-xs text-slate-500 dark:text-slate-400">{lever('pricing').help}</span>
    </div>
  )
}

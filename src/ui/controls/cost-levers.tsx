import { LeverGroupFields } from './lever-control.tsx'

/** Prompt caching, batch and reasoning: the levers a provider's bill has beyond input and output. */
export function CostLevers() {
  return (
    <fieldset className="min-w-0 grid grid-cols-1 gap-3 sm:grid-cols-2">
      <legend className="mb-2 text-base font-semibold">Caching, batch and reasoning</legend>
      <LeverGroupFields group="caching" />
    </fieldset>
  )
}

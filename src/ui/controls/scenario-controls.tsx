import { LeverField } from './lever-fields.tsx'
import { PricingAsOf } from './pricing-as-of.tsx'

/** Traffic and reply-size levers. */
export function ScenarioControls() {
  return (
    <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <legend className="mb-2 text-base font-semibold">Traffic</legend>
      <LeverField lever="volume" />
      <LeverField lever="maxTokens" />
      <LeverField lever="outputTokens" />
      <LeverField lever="responseCachePercent" />
      <LeverField lever="inputTokensOverride" />
      <PricingAsOf />
    </fieldset>
  )
}

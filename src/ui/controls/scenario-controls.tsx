import { LIMITS } from '../../core/scenario/scenario.ts'
import { useStore } from '../../state/store.ts'
import { NumberField, PERCENT_FIELD } from '../primitives/number-field.tsx'
import { PricingAsOf } from './pricing-as-of.tsx'

/** Traffic and reply-size levers. */
export function ScenarioControls() {
  const volume = useStore((s) => s.scenario.volume)
  const maxTokens = useStore((s) => s.scenario.maxTokens)
  const outputTokens = useStore((s) => s.scenario.outputTokens)
  const inputTokensOverride = useStore((s) => s.scenario.inputTokensOverride)
  const responseCachePercent = useStore((s) => s.scenario.responseCachePercent)
  const setScenario = useStore((s) => s.setScenario)

  return (
    <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <legend className="mb-2 text-base font-semibold">Traffic</legend>
      <NumberField
        label="Requests per month"
        hint="Calls your feature makes, before any cache."
        value={volume}
        min={0}
        max={LIMITS.volume}
        onChange={(v) => setScenario({ volume: v ?? 0 })}
      />
      <NumberField
        label="max_tokens"
        hint="The reply limit you send; the worst case bills every reply at this length."
        value={maxTokens}
        min={1}
        max={LIMITS.maxTokens}
        onChange={(v) => setScenario({ maxTokens: v ?? 1 })}
      />
      <NumberField
        label="Expected output tokens"
        hint="Typical usage.completion_tokens; empty = max_tokens."
        value={outputTokens}
        allowEmpty
        placeholder={String(maxTokens)}
        min={0}
        max={LIMITS.maxTokens}
        onChange={(v) => setScenario({ outputTokens: v })}
      />
      <NumberField
        label="Response-cache hit rate (%)"
        hint="Requests your own cache answers without calling the API."
        value={responseCachePercent}
        {...PERCENT_FIELD}
        onChange={(v) => setScenario({ responseCachePercent: v ?? 0 })}
      />
      <NumberField
        label="Input tokens per request (override)"
        hint="Your measured usage.prompt_tokens; empty = counted from the boxes."
        value={inputTokensOverride}
        allowEmpty
        placeholder="counted"
        min={0}
        max={LIMITS.tokens}
        onChange={(v) => setScenario({ inputTokensOverride: v })}
      />
      <PricingAsOf />
    </fieldset>
  )
}

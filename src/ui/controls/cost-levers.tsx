import { LIMITS } from '../../core/scenario/scenario.ts'
import { useStore } from '../../state/store.ts'
import { NumberField, PERCENT_FIELD } from '../primitives/number-field.tsx'

/** Prompt caching, batch and reasoning: the levers a provider's bill has beyond input and output. */
export function CostLevers() {
  const prefixTokens = useStore((s) => s.scenario.prefixTokens)
  const promptCachePercent = useStore((s) => s.scenario.promptCachePercent)
  const batchPercent = useStore((s) => s.scenario.batchPercent)
  const reasoningTokens = useStore((s) => s.scenario.reasoningTokens)
  const setScenario = useStore((s) => s.setScenario)

  return (
    <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      <legend className="mb-2 text-base font-semibold">Caching, batch and reasoning</legend>
      <NumberField
        label="Prompt-cache hit rate (%)"
        hint="API requests whose prefix the provider reads from its cache (usage.prompt_tokens_details.cached_tokens > 0). 0 = no prompt caching."
        value={promptCachePercent}
        {...PERCENT_FIELD}
        onChange={(v) => setScenario({ promptCachePercent: v ?? 0 })}
      />
      <NumberField
        label="Cacheable prefix (tokens)"
        hint="The stable start of every prompt; empty = the system message. OpenAI caches from 1,024 in 128-token steps."
        value={prefixTokens}
        allowEmpty
        placeholder="system message"
        min={0}
        max={LIMITS.tokens}
        onChange={(v) => setScenario({ prefixTokens: v })}
      />
      <NumberField
        label="Batch share (%)"
        hint="API requests sent through the provider's batch API: 50% off at OpenAI, Anthropic and Google; none where a model has no batch API."
        value={batchPercent}
        {...PERCENT_FIELD}
        onChange={(v) => setScenario({ batchPercent: v ?? 0 })}
      />
      <NumberField
        label="Reasoning tokens per request"
        hint="Hidden thinking billed as output (usage.completion_tokens_details.reasoning_tokens); reasoning models only."
        value={reasoningTokens}
        min={0}
        max={LIMITS.maxTokens}
        onChange={(v) => setScenario({ reasoningTokens: v ?? 0 })}
      />
    </fieldset>
  )
}

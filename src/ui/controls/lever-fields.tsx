import { LIMITS } from '../../core/scenario/scenario.ts'
import { useStore } from '../../state/store.ts'
import { NumberField, PERCENT_FIELD } from '../primitives/number-field.tsx'

// One field per lever, so the full page and the embed widget (which shows the levers a host
// picks) use the same labels, limits and explanations.

export function VolumeField() {
  const volume = useStore((s) => s.scenario.volume)
  const setScenario = useStore((s) => s.setScenario)
  return (
    <NumberField
      label="Requests per month"
      hint="Calls your feature makes, before any cache."
      value={volume}
      min={0}
      max={LIMITS.volume}
      onChange={(v) => setScenario({ volume: v ?? 0 })}
    />
  )
}

export function MaxTokensField() {
  const maxTokens = useStore((s) => s.scenario.maxTokens)
  const setScenario = useStore((s) => s.setScenario)
  return (
    <NumberField
      label="max_tokens"
      hint="The reply limit you send; the worst case bills every reply at this length."
      value={maxTokens}
      min={1}
      max={LIMITS.maxTokens}
      onChange={(v) => setScenario({ maxTokens: v ?? 1 })}
    />
  )
}

export function OutputField() {
  const outputTokens = useStore((s) => s.scenario.outputTokens)
  const maxTokens = useStore((s) => s.scenario.maxTokens)
  const setScenario = useStore((s) => s.setScenario)
  return (
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
  )
}

export function ResponseCacheField() {
  const responseCachePercent = useStore((s) => s.scenario.responseCachePercent)
  const setScenario = useStore((s) => s.setScenario)
  return (
    <NumberField
      label="Response-cache hit rate (%)"
      hint="Requests your own cache answers without calling the API."
      value={responseCachePercent}
      {...PERCENT_FIELD}
      onChange={(v) => setScenario({ responseCachePercent: v ?? 0 })}
    />
  )
}

export function InputOverrideField() {
  const inputTokensOverride = useStore((s) => s.scenario.inputTokensOverride)
  const setScenario = useStore((s) => s.setScenario)
  return (
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
  )
}

export function PromptCacheField() {
  const promptCachePercent = useStore((s) => s.scenario.promptCachePercent)
  const setScenario = useStore((s) => s.setScenario)
  return (
    <NumberField
      label="Prompt-cache hit rate (%)"
      hint="API requests whose prefix the provider reads from its cache (usage.prompt_tokens_details.cached_tokens > 0). 0 = no prompt caching."
      value={promptCachePercent}
      {...PERCENT_FIELD}
      onChange={(v) => setScenario({ promptCachePercent: v ?? 0 })}
    />
  )
}

export function PrefixField() {
  const prefixTokens = useStore((s) => s.scenario.prefixTokens)
  const setScenario = useStore((s) => s.setScenario)
  return (
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
  )
}

export function BatchField() {
  const batchPercent = useStore((s) => s.scenario.batchPercent)
  const setScenario = useStore((s) => s.setScenario)
  return (
    <NumberField
      label="Batch share (%)"
      hint="API requests sent through the provider's batch API: 50% off at OpenAI, Anthropic and Google; none where a model has no batch API."
      value={batchPercent}
      {...PERCENT_FIELD}
      onChange={(v) => setScenario({ batchPercent: v ?? 0 })}
    />
  )
}

export function ReasoningField() {
  const reasoningTokens = useStore((s) => s.scenario.reasoningTokens)
  const setScenario = useStore((s) => s.setScenario)
  return (
    <NumberField
      label="Reasoning tokens per request"
      hint="Hidden thinking billed as output (usage.completion_tokens_details.reasoning_tokens); reasoning models only."
      value={reasoningTokens}
      min={0}
      max={LIMITS.maxTokens}
      onChange={(v) => setScenario({ reasoningTokens: v ?? 0 })}
    />
  )
}

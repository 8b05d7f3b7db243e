import { LIMITS, type Scenario } from '../../core/scenario/scenario.ts'
import { useStore } from '../../state/store.ts'
import { NumberField, PERCENT_FIELD } from '../primitives/number-field.tsx'

// One field per numeric lever, so the full page and the embed widget (which shows the levers a
// host picks) use the same labels, limits and explanations.

type Lever =
  | 'volume'
  | 'maxTokens'
  | 'outputTokens'
  | 'responseCachePercent'
  | 'inputTokensOverride'
  | 'promptCachePercent'
  | 'prefixTokens'
  | 'batchPercent'
  | 'reasoningTokens'

interface LeverSpec {
  label: string
  hint: string
  min: number
  max: number
  integer?: boolean
  step?: number
  /** Levers that may be empty: what the placeholder says empty means. */
  empty?: (scenario: Scenario) => string
  /** Levers that may not be empty: the value an emptied field stands for meanwhile. */
  fallback?: number
}

const percent = { ...PERCENT_FIELD, fallback: 0 }

const LEVERS: Record<Lever, LeverSpec> = {
  volume: {
    label: 'Requests per month',
    hint: 'Calls your feature makes, before any cache.',
    min: 0,
    max: LIMITS.volume,
    fallback: 0,
  },
  maxTokens: {
    label: 'max_tokens',
    hint: 'The reply limit you send; the worst case bills every reply at this length.',
    min: 1,
    max: LIMITS.maxTokens,
    fallback: 1,
  },
  outputTokens: {
    label: 'Expected output tokens',
    hint: 'Typical usage.completion_tokens; empty = max_tokens.',
    min: 0,
    max: LIMITS.maxTokens,
    empty: (s) => String(s.maxTokens),
  },
  responseCachePercent: {
    label: 'Response-cache hit rate (%)',
    hint: 'Requests your own cache answers without calling the API.',
    ...percent,
  },
  inputTokensOverride: {
    label: 'Input tokens per request (override)',
    hint: 'Your measured usage.prompt_tokens; empty = counted from the boxes.',
    min: 0,
    max: LIMITS.tokens,
    empty: () => 'counted',
  },
  promptCachePercent: {
    label: 'Prompt-cache hit rate (%)',
    hint: 'API requests whose prefix the provider reads from its cache (usage.prompt_tokens_details.cached_tokens > 0). 0 = no prompt caching.',
    ...percent,
  },
  prefixTokens: {
    label: 'Cacheable prefix (tokens)',
    hint: 'The stable start of every prompt; empty = the system message. OpenAI caches from 1,024 in 128-token steps.',
    min: 0,
    max: LIMITS.tokens,
    empty: () => 'system message',
  },
  batchPercent: {
    label: 'Batch share (%)',
    hint: "API requests sent through the provider's batch API: 50% off at OpenAI, Anthropic and Google; none where a model has no batch API.",
    ...percent,
  },
  reasoningTokens: {
    label: 'Reasoning tokens per request',
    hint: 'Hidden thinking billed as output (usage.completion_tokens_details.reasoning_tokens); reasoning models only.',
    min: 0,
    max: LIMITS.maxTokens,
    fallback: 0,
  },
}

export function LeverField({ lever }: { lever: Lever }) {
  const value = useStore((s) => s.scenario[lever])
  const placeholder = useStore((s) => LEVERS[lever].empty?.(s.scenario))
  const setScenario = useStore((s) => s.setScenario)
  const { empty, fallback, ...spec } = LEVERS[lever]
  return (
    <NumberField
      {...spec}
      value={value}
      allowEmpty={empty !== undefined}
      placeholder={placeholder}
      onChange={(v) => setScenario({ [lever]: v ?? fallback ?? null })}
    />
  )
}

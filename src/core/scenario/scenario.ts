import type { ChatMessage } from '../chat/chat-input-tokens.ts'
import type { LatencyInput } from '../cost/latency.ts'

/**
 * Everything a person sets on the page. Costs are never part of it: they are derived from a
 * scenario, the token counts and the pricing data wherever they are shown.
 */
export interface Scenario {
  prompt: string
  system: string
  /**
   * Messages sent between the system message and the user prompt (few-shot examples, an earlier
   * exchange): texts, so links carry them in the fragment only, as the boxes.
   */
  messages: ChatMessage[]
  /** The request's `tools` array as JSON text; '' = none. */
  tools: string
  /** The request's `response_format` (its JSON schema) as JSON text; '' = none. */
  responseFormat: string
  modelIds: string[]
  /** Percent of traffic per entry of `modelIds`; sums to 100. */
  mixPercents: number[]
  /** Requests per month. */
  volume: number
  maxTokens: number
  /** Expected output tokens per request; null = max_tokens. */
  outputTokens: number | null
  /** Billed input tokens per request given by the user, overhead included; null = counted. */
  inputTokensOverride: number | null
  /** Percent of requests answered by your own cache without calling the API. */
  responseCachePercent: number
  /** Cacheable prefix in tokens; null = the system message with its overhead. */
  prefixTokens: number | null
  /** Percent of API requests whose prefix is read from the provider's cache; 0 = no prompt caching. */
  promptCachePercent: number
  /** Percent of API requests sent through the provider's batch API. */
  batchPercent: number
  /** Reasoning tokens per request, billed as output (models that reason only). */
  reasoningTokens: number
  images: ImageInput
  /**
   * Requests per conversation (or agent loop); 1 = single requests. Above 1, each turn re-sends
   * the conversation so far, and `volume` counts conversations.
   */
  turns: number
  /** Content tokens of each new message of a conversation; null = the user prompt as counted. */
  turnTokens: number | null
  /** Items packed into one request; `volume` counts items. */
  items: number
  /** Input tokens each item adds to a request. */
  itemTokens: number
  /** Output tokens each item adds to the reply. */
  itemOutputTokens: number
  /**
   * Percent of the requests routed to the mix's cheapest model that fail there and are sent
   * again to its most expensive one: both calls are paid.
   */
  escalationPercent: number
  /** A model called once per request to route it; null = no classifier. */
  classifierModelId: string | null
  /** Input tokens of the classifier's call; null = the request's billed input. */
  classifierTokens: number | null
  /** Output tokens of the classifier's call (a label: a few tokens). */
  classifierOutputTokens: number
  /** Time to first token and output speed per model, as the person measured them (latency.ts). */
  latency: LatencyInput[]
  /** A model priced with the person's own numbers (id `custom`); null = none. */
  customModel: CustomModelInput | null
  /** Price with the rows in force on this ISO date; null = current prices. */
  pricingAsOf: string | null
}

export type ImageDetail = 'low' | 'high'

export interface ImageInput {
  /** Images per request. */
  count: number
  widthPx: number
  heightPx: number
  detail: ImageDetail
}

export interface CustomModelInput {
  name: string
  inputUsdPerMTok: number
  outputUsdPerMTok: number
  /** Cache-read price; null = no prompt caching. */
  cachedInputUsdPerMTok: number | null
  /** Percent taken off by a batch API; null = none. */
  batchDiscountPercent: number | null
}

export const CUSTOM_MODEL_ID = 'custom'

export const DEFAULT_SCENARIO: Scenario = {
  prompt: '',
  system: '',
  messages: [],
  tools: '',
  responseFormat: '',
  modelIds: ['gpt-4o-mini', 'gpt-4o'],
  mixPercents: [80, 20],
  volume: 1_000_000,
  maxTokens: 1_000,
  outputTokens: null,
  inputTokensOverride: null,
  responseCachePercent: 0,
  prefixTokens: null,
  promptCachePercent: 0,
  batchPercent: 0,
  reasoningTokens: 0,
  images: { count: 0, widthPx: 1024, heightPx: 1024, detail: 'high' },
  turns: 1,
  turnTokens: null,
  items: 1,
  itemTokens: 0,
  itemOutputTokens: 0,
  escalationPercent: 0,
  classifierModelId: null,
  classifierTokens: null,
  classifierOutputTokens: 1,
  latency: [],
  customModel: null,
  pricingAsOf: null,
}

export const LIMITS = {
  volume: 1e12,
  maxTokens: 10_000_000,
  tokens: 100_000_000,
  images: 1_000,
  turns: 1_000,
  items: 1_000_000,
  imageSidePx: 100_000,
  usdPerMTok: 100_000,
  messages: 10_000,
} as const

/** Expected output tokens per request: the value set, or max_tokens. */
export const expectedOutputTokens = (scenario: Pick<Scenario, 'outputTokens' | 'maxTokens'>): number =>
  scenario.outputTokens ?? scenario.maxTokens

/** What `volume` counts: conversations (turns > 1), items (packed several to a request), or requests. */
export type VolumeUnit = 'request' | 'conversation' | 'item'

export const volumeUnit = (scenario: Pick<Scenario, 'turns' | 'items'>): VolumeUnit =>
  scenario.turns > 1 ? 'conversation' : scenario.items > 1 ? 'item' : 'request'

/** The unit's plural, as labels and captions say it. */
export const VOLUME_UNIT_PLURAL: Record<VolumeUnit, string> = {
  request: 'requests',
  conversation: 'conversations',
  item: 'items',
}

/** The scenario's texts: what enters an address only when the person asks for a link. */
export const TEXT_KEYS = [
  'prompt',
  'system',
  'messages',
  'tools',
  'responseFormat',
] as const satisfies readonly (keyof Scenario)[]

/** The scenario without its texts, as the address bar may show it. */
export const withoutTexts = (scenario: Scenario): Scenario => ({
  ...scenario,
  prompt: '',
  system: '',
  messages: [],
  tools: '',
  responseFormat: '',
})

/** True when the two scenarios hold the same texts (the same strings and message list). */
export const sameTexts = (a: Scenario, b: Scenario): boolean => TEXT_KEYS.every((key) => a[key] === b[key])

/**
 * Everything a person sets on the page. Costs are never part of it: they are derived from a
 * scenario, the token counts and the pricing data wherever they are shown.
 */
export interface Scenario {
  prompt: string
  system: string
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
  /** Price with the rows in force on this ISO date; null = current prices. */
  pricingAsOf: string | null
}

export const DEFAULT_SCENARIO: Scenario = {
  prompt: '',
  system: '',
  modelIds: ['gpt-4o-mini', 'gpt-4o'],
  mixPercents: [80, 20],
  volume: 1_000_000,
  maxTokens: 1_000,
  outputTokens: null,
  inputTokensOverride: null,
  responseCachePercent: 0,
  pricingAsOf: null,
}

export const LIMITS = {
  volume: 1e12,
  maxTokens: 10_000_000,
  tokens: 100_000_000,
} as const

/** Expected output tokens per request: the value set, or max_tokens. */
export const expectedOutputTokens = (scenario: Pick<Scenario, 'outputTokens' | 'maxTokens'>): number =>
  scenario.outputTokens ?? scenario.maxTokens

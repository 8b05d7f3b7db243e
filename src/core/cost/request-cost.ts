import type { PricedModel, PriceRow } from '../pricing/pricing-schema.ts'
import { usd, type Tokens, type Usd } from '../units.ts'

/** Prices (USD per 1M tokens) that bill one request, after its long-context tier is chosen. */
export interface RequestPrices {
  input: number
  /** Cache read; null = the model has no cached-input price (no prompt caching). */
  cachedInput: number | null
  /** Cache write; null = no write fee, the prefix is billed as input when it is written. */
  cacheWrite: number | null
  output: number
  /** The tier's threshold when a long-context tier applies, else null. */
  tierAboveInputTokens: number | null
}

/**
 * A request whose input exceeds a tier's threshold is billed entirely at that tier's prices.
 * A tier without its own cache-write price keeps the row's write-to-input ratio (Anthropic's
 * write is 1.25× input in every tier).
 */
export function requestPrices(row: PriceRow, inputTokens: Tokens): RequestPrices {
  const tier = row.tiers.filter((t) => inputTokens > t.above_input_tokens).at(-1)
  if (!tier) {
    return {
      input: row.input,
      cachedInput: row.cached_input,
      cacheWrite: row.cache_write,
      output: row.output,
      tierAboveInputTokens: null,
    }
  }
  const cacheWrite =
    tier.cache_write ??
    (row.cache_write === null || row.input === 0 ? null : (row.cache_write / row.input) * tier.input)
  return {
    input: tier.input,
    cachedInput: tier.cached_input,
    cacheWrite,
    output: tier.output,
    tierAboveInputTokens: tier.above_input_tokens,
  }
}

const OPENAI_MIN_CACHED = 1024
const OPENAI_CACHE_STEP = 128

/** The shortest prefix the model caches: its own minimum, and at OpenAI never under 1,024. */
export const minimumCachedTokens = (model: Pick<PricedModel, 'provider' | 'min_cacheable_tokens'>): number =>
  Math.max(model.min_cacheable_tokens ?? 0, model.provider === 'openai' ? OPENAI_MIN_CACHED : 0)

/**
 * Tokens of the prefix the provider caches. None without a cached-input price or below the
 * model's minimum. OpenAI caches from 1,024 tokens up in 128-token steps (a 2,006-token prefix
 * caches 1,920); other providers cache the whole prefix.
 */
export function cachedPrefixTokens(
  model: Pick<PricedModel, 'provider' | 'min_cacheable_tokens'>,
  prices: Pick<RequestPrices, 'cachedInput'>,
  prefixTokens: number,
): number {
  if (prices.cachedInput === null || model.min_cacheable_tokens === null) return 0
  if (prefixTokens < minimumCachedTokens(model)) return 0
  if (model.provider === 'openai') {
    return OPENAI_MIN_CACHED + Math.floor((prefixTokens - OPENAI_MIN_CACHED) / OPENAI_CACHE_STEP) * OPENAI_CACHE_STEP
  }
  return prefixTokens
}

/** Where the money of one request goes. Sums to the request's cost. */
export interface CostComponents {
  /** Input not read from the cache (including a prefix written at no extra fee). */
  uncachedInput: Usd
  /** Prefix read from the provider's cache. */
  cachedInput: Usd
  /** Prefix written to the cache where the provider charges for writing. */
  cacheWrite: Usd
  output: Usd
  reasoning: Usd
}

export const COMPONENT_KEYS = [
  'uncachedInput',
  'cachedInput',
  'cacheWrite',
  'output',
  'reasoning',
] as const satisfies readonly (keyof CostComponents)[]

export interface RequestShape {
  /** Billed input I: chat-formatted text (or the override) plus image tokens. */
  inputTokens: Tokens
  /** Cached tokens C, already stepped and capped (see cachedPrefixTokens). */
  cachedTokens: number
  outputTokens: number
  reasoningTokens: number
  /** h: share of API requests whose prefix is read from the cache, 0–1. */
  promptCacheHitRate: number
}

/**
 * One request at standard prices:
 * input = h × (C × cached + (I − C) × input) + (1 − h) × (C × write + (I − C) × input),
 * output = (output + reasoning) × output price; all per 1M tokens.
 */
export function requestComponents(shape: RequestShape, prices: RequestPrices): CostComponents {
  const { inputTokens: i, cachedTokens: c, promptCacheHitRate: h } = shape
  const perM = (n: number) => usd(n / 1e6)
  const written = (1 - h) * c
  const writeFee = prices.cacheWrite === null ? 0 : written * prices.cacheWrite
  const writtenAsInput = prices.cacheWrite === null ? written * prices.input : 0
  return {
    uncachedInput: perM((i - c) * prices.input + writtenAsInput),
    cachedInput: perM(h * c * (prices.cachedInput ?? 0)),
    cacheWrite: perM(writeFee),
    output: perM(shape.outputTokens * prices.output),
    reasoning: perM(shape.reasoningTokens * prices.output),
  }
}

export const sumComponents = (c: CostComponents): Usd =>
  usd(c.uncachedInput + c.cachedInput + c.cacheWrite + c.output + c.reasoning)

export const scaleComponents = (c: CostComponents, factor: number): CostComponents => ({
  uncachedInput: usd(c.uncachedInput * factor),
  cachedInput: usd(c.cachedInput * factor),
  cacheWrite: usd(c.cacheWrite * factor),
  output: usd(c.output * factor),
  reasoning: usd(c.reasoning * factor),
})

/**
 * Requests that reach the provider in a month. `share` is the model's part of the traffic and
 * `responseCacheHitRate` the part your own cache answers without calling the API; both 0–1.
 */
export function apiRequestsPerMonth(volume: number, share: number, responseCacheHitRate: number): number {
  return volume * share * (1 - responseCacheHitRate)
}

/**
 * What a request costs on average once a share `b` of requests goes through the batch API:
 * (1 − b) × cost + b × cost × (1 − discount). No batch API (discount null): full price.
 */
export const batchBlendFactor = (batchShare: number, batchDiscount: number | null): number =>
  batchDiscount === null ? 1 : 1 - batchShare * batchDiscount

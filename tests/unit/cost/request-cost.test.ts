import { describe, expect, it } from 'vitest'
import {
  apiRequestsPerMonth,
  batchBlendFactor,
  cachedPrefixTokens,
  requestComponents,
  requestPrices,
  sumComponents,
  type RequestPrices,
} from '../../../src/core/cost/request-cost.ts'
import { formatMonthlyUsd, formatRequestUsd } from '../../../src/core/format/format-usd.ts'
import type { PriceRow } from '../../../src/core/pricing/pricing-schema.ts'
import { tokens } from '../../../src/core/units.ts'

const prices = (p: Partial<RequestPrices>): RequestPrices => ({
  input: 0.15,
  cachedInput: 0.075,
  cacheWrite: null,
  output: 0.6,
  tierAboveInputTokens: null,
  ...p,
})
const gpt4oMini = prices({})
const shape = (p: Partial<Parameters<typeof requestComponents>[0]>) => ({
  inputTokens: tokens(500),
  cachedTokens: 0,
  outputTokens: 1000,
  reasoningTokens: 0,
  promptCacheHitRate: 0,
  ...p,
})

describe('cost of one request', () => {
  it('gpt-4o-mini, 500 in and 1,000 out: (500 × 0.15 + 1000 × 0.60) / 1e6 = $0.000675', () => {
    const cost = sumComponents(requestComponents(shape({}), gpt4oMini))
    expect(formatRequestUsd(cost)).toBe('$0.000675')
    expect(cost).toBeCloseTo(0.000675, 12)
    // × 1,000,000 requests = $675.00
    expect(formatMonthlyUsd(apiRequestsPerMonth(1_000_000, 1, 0) * cost)).toBe('$675.00')
  })

  it('reproduces OpenAI’s caching example: 2,006 prompt, 1,920 cached, 300 out on gpt-4o-mini = $0.0003369', () => {
    // (2006 − 1920) × 0.15 + 1920 × 0.075 + 300 × 0.60 = 12.9 + 144 + 180 = 336.9 per 1M
    const c = requestComponents(
      shape({ inputTokens: tokens(2006), cachedTokens: 1920, outputTokens: 300, promptCacheHitRate: 1 }),
      gpt4oMini,
    )
    expect(sumComponents(c)).toBeCloseTo(0.0003369, 12)
    expect(c.cachedInput).toBeCloseTo(0.000144, 12)
    expect(c.uncachedInput).toBeCloseTo(0.0000129, 12)
    expect(c.cacheWrite).toBe(0)
  })

  it('blends hits and misses by the hit rate; without a write fee a miss bills the prefix as input', () => {
    // h = 0.5: 0.5 × (1920 × 0.075 + 86 × 0.15) + 0.5 × (1920 × 0.15 + 86 × 0.15) = 78.45 + 150.45 = 228.9 per 1M
    const c = requestComponents(
      shape({ inputTokens: tokens(2006), cachedTokens: 1920, outputTokens: 0, promptCacheHitRate: 0.5 }),
      gpt4oMini,
    )
    expect(sumComponents(c)).toBeCloseTo(0.0002289, 12)
    // the missed half of the prefix, 960 × 0.15, is uncached input: (86 × 0.15 + 960 × 0.15) / 1e6
    expect(c.uncachedInput).toBeCloseTo(0.0001569, 12)
  })

  it('charges Anthropic’s cache write: a 10,000-token prefix on Sonnet 4.6 ($3) is $0.0375 to write, $0.003 to read', () => {
    const sonnet = prices({ input: 3, cachedInput: 0.3, cacheWrite: 3.75, output: 15 })
    const write = requestComponents(
      shape({ inputTokens: tokens(10_000), cachedTokens: 10_000, outputTokens: 0, promptCacheHitRate: 0 }),
      sonnet,
    )
    expect(write.cacheWrite).toBeCloseTo(0.0375, 12)
    expect(sumComponents(write)).toBeCloseTo(0.0375, 12)
    const read = requestComponents(
      shape({ inputTokens: tokens(10_000), cachedTokens: 10_000, outputTokens: 0, promptCacheHitRate: 1 }),
      sonnet,
    )
    expect(sumComponents(read)).toBeCloseTo(0.003, 12)
  })

  it('bills reasoning tokens at the output price: o4-mini, 300 visible + 2,000 reasoning = $0.01012', () => {
    const o4mini = prices({ input: 1.1, cachedInput: 0.275, output: 4.4 })
    const c = requestComponents(shape({ inputTokens: tokens(0), outputTokens: 300, reasoningTokens: 2000 }), o4mini)
    expect(c.reasoning).toBeCloseTo(0.0088, 12)
    expect(sumComponents(c)).toBeCloseTo(0.01012, 12)
  })
})

describe('long-context tiers', () => {
  const row = {
    input: 3,
    cached_input: 0.3,
    cache_write: 3.75,
    output: 15,
    tiers: [{ above_input_tokens: 200_000, input: 6, cached_input: 0.6, cache_write: null, output: 22.5 }],
  } as unknown as PriceRow

  it('bills a request at or under the threshold at the base prices', () => {
    expect(requestPrices(row, tokens(200_000))).toMatchObject({ input: 3, output: 15, tierAboveInputTokens: null })
  })

  it('bills every token of a longer request at the tier’s prices, keeping the 1.25× write ratio', () => {
    // 3.75 / 3 = 1.25; 1.25 × 6 = 7.5 (Anthropic's >200K cache write)
    expect(requestPrices(row, tokens(200_001))).toEqual({
      input: 6,
      cachedInput: 0.6,
      cacheWrite: 7.5,
      output: 22.5,
      tierAboveInputTokens: 200_000,
    })
  })
})

describe('cached prefix tokens', () => {
  const openai = { provider: 'openai', min_cacheable_tokens: 1024 }
  it.each([
    [1023, 0],
    [1024, 1024],
    [1151, 1024],
    [1152, 1152],
    [2006, 1920], // OpenAI's announcement
  ])('OpenAI caches %i prefix tokens as %i (1,024 and up in 128-token steps)', (prefix, cached) => {
    expect(cachedPrefixTokens(openai, { cachedInput: 0.075 }, prefix)).toBe(cached)
  })

  it('caches the whole prefix elsewhere, from the model’s minimum', () => {
    const anthropic = { provider: 'anthropic', min_cacheable_tokens: 2048 }
    expect(cachedPrefixTokens(anthropic, { cachedInput: 0.08 }, 2047)).toBe(0)
    expect(cachedPrefixTokens(anthropic, { cachedInput: 0.08 }, 2050)).toBe(2050)
  })

  it('caches nothing without a cached-input price', () => {
    expect(cachedPrefixTokens(openai, { cachedInput: null }, 5000)).toBe(0)
    expect(cachedPrefixTokens({ provider: 'mistral', min_cacheable_tokens: null }, { cachedInput: 0.1 }, 5000)).toBe(0)
  })
})

describe('requests reaching the API', () => {
  it('takes the model share and removes what the response cache answers', () => {
    // 1,000,000 × 0.8 × (1 − 0.25) = 600,000
    expect(apiRequestsPerMonth(1_000_000, 0.8, 0.25)).toBe(600_000)
  })

  it('is zero at a 100% response-cache hit rate', () => {
    expect(apiRequestsPerMonth(1_000_000, 1, 1)).toBe(0)
  })

  it('blends batch and standard prices: 40% at 50% off costs 0.8 of standard; no batch API costs all of it', () => {
    expect(batchBlendFactor(0.4, 0.5)).toBeCloseTo(0.8, 15)
    expect(batchBlendFactor(0.4, null)).toBe(1)
  })
})

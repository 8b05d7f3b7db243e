import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { doesNotFit, replyTokens, scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { countingOf } from '../../../src/core/pricing/model-traits.ts'
import { parsePricing } from '../../../src/core/pricing/parse-pricing.ts'
import { formatMonthlyUsd, formatRequestUsd } from '../../../src/core/format/format-usd.ts'
import type { PricedModel, PriceRow } from '../../../src/core/pricing/pricing-schema.ts'
import { DEFAULT_SCENARIO, type Scenario } from '../../../src/core/scenario/scenario.ts'
import { tokens } from '../../../src/core/units.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'
import { assertProperty } from '../property.ts'

const models = fixtureRelease().models
const scenario = (patch: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...patch })
const counted = (billed: number, system = 0) => ({
  billedInputTokens: tokens(billed),
  systemMessageTokens: tokens(system),
})
const byEncoding = { o200k_base: counted(500), cl100k_base: counted(520) }

describe('scenarioCosts', () => {
  it('prices each model with its own encoding’s count', () => {
    const costs = scenarioCosts(
      scenario({
        modelIds: ['gpt-4o-mini', 'gpt-3.5-turbo'],
        mixPercents: [80, 20],
        volume: 1_000_000,
        maxTokens: 1000,
      }),
      models,
      (m) => byEncoding[countingOf(m).counter as keyof typeof byEncoding],
    )
    const [mini, turbo] = costs.rows
    // (500 × 0.15 + 1000 × 0.6) / 1e6 = 0.000675; × 1,000,000 = 675
    expect(formatRequestUsd(mini!.perRequestUsd)).toBe('$0.000675')
    expect(formatMonthlyUsd(mini!.monthlyIfAllUsd)).toBe('$675.00')
    // (520 × 0.5 + 1000 × 1.5) / 1e6 = 0.00176; × 1,000,000 = 1,760
    expect(turbo!.billedInputTokens).toBe(520)
    expect(formatMonthlyUsd(turbo!.monthlyIfAllUsd)).toBe('$1,760.00')
    // 0.8 × 675 + 0.2 × 1760 = 540 + 352 = 892
    expect(formatMonthlyUsd(costs.monthlyTotalUsd)).toBe('$892.00')
  })

  it('uses expected output for the expected case and max_tokens for the worst case', () => {
    const costs = scenarioCosts(
      scenario({ modelIds: ['gpt-4o-mini'], mixPercents: [100], volume: 1000, maxTokens: 1000, outputTokens: 200 }),
      models,
      (m) => byEncoding[countingOf(m).counter as keyof typeof byEncoding],
    )
    // (500 × 0.15 + 200 × 0.6) / 1e6 = 0.000195; worst (500 × 0.15 + 1000 × 0.6) / 1e6 = 0.000675
    expect(formatRequestUsd(costs.rows[0]!.perRequestUsd)).toBe('$0.000195')
    expect(formatRequestUsd(costs.rows[0]!.worstPerRequestUsd)).toBe('$0.000675')
    expect(formatMonthlyUsd(costs.monthlyTotalUsd)).toBe('$0.20')
    expect(formatMonthlyUsd(costs.worstMonthlyTotalUsd)).toBe('$0.68')
  })

  it('applies the response cache and the input_tokens override', () => {
    const costs = scenarioCosts(
      scenario({
        modelIds: ['gpt-4o-mini'],
        mixPercents: [100],
        volume: 1_000_000,
        maxTokens: 1000,
        responseCachePercent: 40,
        inputTokensOverride: 2000,
      }),
      models,
      () => undefined,
    )
    // (2000 × 0.15 + 1000 × 0.6) / 1e6 = 0.0009; × 600,000 = 540
    expect(costs.rows[0]!.billedInputTokens).toBe(2000)
    expect(formatMonthlyUsd(costs.monthlyTotalUsd)).toBe('$540.00')
  })

  it('leaves out models whose count is not known yet', () => {
    const costs = scenarioCosts(
      scenario({ modelIds: ['gpt-4o-mini', 'gpt-3.5-turbo'], mixPercents: [50, 50] }),
      models,
      (m) => (countingOf(m).counter === 'o200k_base' ? counted(10) : undefined),
    )
    expect(costs.rows.map((r) => r.model.id)).toEqual(['gpt-4o-mini'])
  })

  it('counts estimate-tokenizer models with o200k_base', () => {
    const costs = scenarioCosts(scenario({ modelIds: ['some-host/llama'], mixPercents: [100] }), models, (m) =>
      countingOf(m).counter === 'o200k_base' ? counted(7) : undefined,
    )
    expect(costs.rows[0]!.billedInputTokens).toBe(7)
  })

  it('prices with the rows in force on the "as of" date and says which models had none', () => {
    const base = {
      modelIds: ['gpt-3.5-turbo', 'gpt-4o-mini'],
      mixPercents: [50, 50],
      volume: 1000,
      maxTokens: 100,
      inputTokensOverride: 1000,
    }
    const before = scenarioCosts(scenario({ ...base, pricingAsOf: '2024-01-01' }), models, () => undefined)
    // 2024-01-01: gpt-3.5-turbo's old row, $2/$2: (1000 × 2 + 100 × 2) / 1e6 = 0.0022
    expect(formatRequestUsd(before.rows[0]!.perRequestUsd)).toBe('$0.00220')
    expect(before.unpriced.map((u) => [u.model.id, u.reason])).toEqual([
      ['gpt-4o-mini', 'no price recorded on 2024-01-01; the first is from 2024-07-18'],
    ])
    const after = scenarioCosts(scenario({ ...base, pricingAsOf: '2024-07-18' }), models, () => undefined)
    // (1000 × 0.5 + 100 × 1.5) / 1e6 = 0.00065
    expect(formatRequestUsd(after.rows[0]!.perRequestUsd)).toBe('$0.000650')
    expect(after.unpriced).toEqual([])
  })
})

describe('scenarioCosts: caching, batch, tiers, reasoning and images', () => {
  const [mini, turbo] = models
  const withPrices = (id: string, patch: Partial<PricedModel>, row: Partial<PriceRow>): PricedModel => ({
    ...mini!,
    ...patch,
    id,
    name: id,
    prices: [{ ...mini!.prices[0]!, ...row }],
  })
  const all = [
    ...models,
    withPrices(
      'gpt-4o',
      { image_tokens: { method: 'tile', base_tokens: 85, tile_tokens: 170 } },
      { input: 2.5, cached_input: 1.25, output: 10 },
    ),
    withPrices('o4-mini', { reasoning: true }, { input: 1.1, cached_input: 0.275, output: 4.4 }),
    withPrices(
      'claude-sonnet-4-5',
      { provider: 'anthropic', tokenizer: 'estimate', reasoning: true },
      {
        input: 3,
        cached_input: 0.3,
        cache_write: 3.75,
        output: 15,
        tiers: [{ above_input_tokens: 200_000, input: 6, cached_input: 0.6, cache_write: null, output: 22.5 }],
      },
    ),
    withPrices(
      'no-batch',
      { provider: 'mistral', min_cacheable_tokens: null },
      { input: 1, cached_input: null, output: 3, batch_discount: null },
    ),
  ]
  const one = (id: string, patch: Partial<Scenario>, count = counted(2006, 2006)) =>
    scenarioCosts(
      scenario({ modelIds: [id], mixPercents: [100], volume: 1_000_000, maxTokens: 300, ...patch }),
      all,
      () => count,
    ).rows[0]!

  it('caches the system message in 128-token steps on OpenAI: 2,006 → 1,920 cached = $0.0003369', () => {
    const row = one('gpt-4o-mini', { promptCachePercent: 100 })
    expect(row.cachedTokens).toBe(1920)
    // (86 × 0.15 + 1920 × 0.075 + 300 × 0.6) / 1e6
    expect(formatRequestUsd(row.perRequestUsd)).toBe('$0.000337')
    expect(row.perRequestUsd).toBeCloseTo(0.0003369, 12)
    // × 1,000,000 = $336.90
    expect(formatMonthlyUsd(row.monthlyIfAllUsd)).toBe('$336.90')
  })

  it('takes a set prefix over the system message, never more than the input', () => {
    // 1,500 → 1,024 + 3 × 128 = 1,408
    expect(one('gpt-4o-mini', { promptCachePercent: 50, prefixTokens: 1500 }).cachedTokens).toBe(1408)
    // prefix 5,000 with 2,006 input: P = 2,006 → 1,920
    expect(one('gpt-4o-mini', { promptCachePercent: 50, prefixTokens: 5000 }).cachedTokens).toBe(1920)
  })

  it('does not cache at a 0% hit rate, even where a write would be billed', () => {
    const row = one('claude-sonnet-4-5', { promptCachePercent: 0 })
    expect(row.cachedTokens).toBe(0)
    // (2006 × 3 + 300 × 15) / 1e6 = 0.010518
    expect(row.perRequestUsd).toBeCloseTo(0.010518, 12)
  })

  it('bills Anthropic’s cache writes on misses: h = 80%, 2,006 prefix', () => {
    const row = one('claude-sonnet-4-5', { promptCachePercent: 80 })
    expect(row.cachedTokens).toBe(2006)
    // 0.8 × 2006 × 0.3 + 0.2 × 2006 × 3.75 + 300 × 15 = 481.44 + 1504.5 + 4500 = 6485.94 per 1M
    expect(row.perRequest.cachedInput).toBeCloseTo(0.00048144, 12)
    expect(row.perRequest.cacheWrite).toBeCloseTo(0.0015045, 12)
    expect(formatRequestUsd(row.perRequestUsd)).toBe('$0.00649')
    expect(formatMonthlyUsd(row.monthlyIfAllUsd)).toBe('$6,485.94')
  })

  it('bills a request over the tier threshold entirely at the tier’s prices', () => {
    const row = one('claude-sonnet-4-5', { inputTokensOverride: 200_001, promptCachePercent: 0 })
    expect(row.prices.tierAboveInputTokens).toBe(200_000)
    // (200,001 × 6 + 300 × 22.5) / 1e6 = 1.206756
    expect(formatRequestUsd(row.perRequestUsd)).toBe('$1.21')
    expect(row.perRequestUsd).toBeCloseTo(1.206756, 10)
  })

  it('gives the batch share its discount: 40% at half price → 0.8 × $675.00 = $540.00', () => {
    const row = one('gpt-4o-mini', { inputTokensOverride: 500, maxTokens: 1000, batchPercent: 40 })
    expect(row.batch).toBe('applied')
    // the per-request figure stays at standard prices
    expect(formatRequestUsd(row.perRequestUsd)).toBe('$0.000675')
    expect(formatMonthlyUsd(row.monthlyIfAllUsd)).toBe('$540.00')
    expect(formatMonthlyUsd(row.worstMonthlyIfAllUsd)).toBe('$540.00')
  })

  it('gives no discount to a model without a batch API, and says so', () => {
    const row = one('no-batch', { inputTokensOverride: 500, maxTokens: 1000, batchPercent: 40 })
    expect(row.batch).toBe('no-batch-api')
    // (500 × 1 + 1000 × 3) / 1e6 × 1,000,000 = 3,500
    expect(formatMonthlyUsd(row.monthlyIfAllUsd)).toBe('$3,500.00')
  })

  it('Monthly = volume × share × (1 − response cache) × [(1 − b) × cost + b × batch cost]', () => {
    const costs = scenarioCosts(
      scenario({
        modelIds: ['gpt-4o-mini', 'gpt-4o'],
        mixPercents: [80, 20],
        volume: 1_000_000,
        maxTokens: 1000,
        inputTokensOverride: 500,
        responseCachePercent: 25,
        batchPercent: 50,
      }),
      all,
      () => undefined,
    )
    // mini: 675 × 0.75 × 0.75 = 379.6875; 4o: (500 × 2.5 + 1000 × 10) = 11,250 × 0.5625 = 6,328.125
    // mix: 0.8 × 379.6875 + 0.2 × 6,328.125 = 303.75 + 1,265.625 = 1,569.375
    expect(formatMonthlyUsd(costs.monthlyTotalUsd)).toBe('$1,569.38')
  })

  it('adds reasoning tokens to the output of reasoning models only; the worst case is max_tokens in all', () => {
    const patch = { inputTokensOverride: 1000, maxTokens: 4000, outputTokens: 300, reasoningTokens: 2000 }
    const o4 = one('o4-mini', patch)
    expect(o4.reasoningTokens).toBe(2000)
    // (1000 × 1.1 + 2300 × 4.4) / 1e6 = 0.01122; worst (1000 × 1.1 + 4000 × 4.4) / 1e6 = 0.0187
    expect(o4.perRequestUsd).toBeCloseTo(0.01122, 12)
    expect(o4.perRequest.reasoning).toBeCloseTo(0.0088, 12)
    expect(o4.worstPerRequestUsd).toBeCloseTo(0.0187, 12)
    const plain = one('gpt-4o-mini', patch)
    expect(plain.reasoningTokens).toBe(0)
    expect(plain.perRequestUsd).toBeCloseTo((1000 * 0.15 + 300 * 0.6) / 1e6, 15)
  })

  it('adds image tokens to the input: two 1024×1024 high-detail images on gpt-4o are 2 × 765', () => {
    const row = one('gpt-4o', {
      inputTokensOverride: 500,
      images: { count: 2, widthPx: 1024, heightPx: 1024, detail: 'high' },
    })
    expect(row.imageTokens).toBe(1530)
    expect(row.billedInputTokens).toBe(2030)
    // (2030 × 2.5 + 300 × 10) / 1e6 = 0.008075
    expect(row.perRequestUsd).toBeCloseTo(0.008075, 12)
  })

  it('says "images: not priced" for a model without a published image rule, rather than guess', () => {
    const costs = scenarioCosts(
      scenario({
        modelIds: ['gpt-4o', 'gpt-3.5-turbo'],
        mixPercents: [50, 50],
        images: { count: 1, widthPx: 512, heightPx: 512, detail: 'low' },
      }),
      all,
      () => counted(100),
    )
    expect(costs.rows.map((r) => r.model.id)).toEqual(['gpt-4o'])
    expect(costs.unpriced).toEqual([
      { model: turbo, reason: 'images: not priced (no published image-token rule for this model)' },
    ])
  })
})

describe('replies within max_tokens', () => {
  const reasoner = { reasoning: true }
  it('caps expected output at max_tokens', () => {
    expect(replyTokens({ outputTokens: 5000, maxTokens: 100, reasoningTokens: 0 }, { reasoning: false })).toEqual({
      outputTokens: 100,
      reasoningTokens: 0,
      capped: true,
    })
  })

  it('lets reasoning take max_tokens first, as a reasoning model spends it', () => {
    // o4-mini, max_tokens 1,000, 2,000 reasoning asked: 1,000 billed, no room for output
    expect(replyTokens({ outputTokens: null, maxTokens: 1000, reasoningTokens: 2000 }, reasoner)).toEqual({
      outputTokens: 0,
      reasoningTokens: 1000,
      capped: true,
    })
    expect(replyTokens({ outputTokens: 300, maxTokens: 4000, reasoningTokens: 2000 }, reasoner)).toEqual({
      outputTokens: 300,
      reasoningTokens: 2000,
      capped: false,
    })
  })

  it('never prices the expected case above the worst case, for any levers', () => {
    assertProperty(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.option(fc.integer({ min: 0, max: 200_000 })),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.constantFrom('gpt-4o-mini', 'gpt-3.5-turbo', 'some-host/llama'),
        fc.boolean(),
        (maxTokens, outputTokens, reasoningTokens, input, id, reasoning) => {
          const ms = models.map((m) => ({ ...m, reasoning }))
          const costs = scenarioCosts(
            scenario({ modelIds: [id], mixPercents: [100], maxTokens, outputTokens, reasoningTokens }),
            ms,
            () => counted(input),
          )
          const row = costs.rows[0]!
          expect(row.worstPerRequestUsd).toBeGreaterThanOrEqual(row.perRequestUsd)
          expect(costs.worstMonthlyTotalUsd).toBeGreaterThanOrEqual(costs.monthlyTotalUsd)
          expect(Number.isFinite(row.monthlyIfAllUsd) && row.monthlyIfAllUsd >= 0).toBe(true)
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('whether a request fits', () => {
  it('flags input over the context window and max_tokens over the maximum output', () => {
    // the fixture's models: 128,000-token context, 16,384-token maximum output
    const at = (input: number, maxTokens: number) =>
      scenarioCosts(scenario({ modelIds: ['gpt-4o-mini'], mixPercents: [100], maxTokens }), models, () =>
        counted(input),
      ).rows[0]!
    expect(at(128_000, 16_384).fit).toEqual({ context: true, maxOutput: true })
    expect(doesNotFit(at(128_000, 16_384))).toBe(false)
    expect(at(128_001, 1000).fit).toEqual({ context: false, maxOutput: true })
    expect(at(500, 200_000).fit).toEqual({ context: true, maxOutput: false })
    expect(doesNotFit(at(500, 200_000))).toBe(true)
  })
})

describe('the cost functions under fuzzing', () => {
  // Any model a release may hold (checked by the validator itself) and any scenario the levers
  // allow. The fixture's gpt-4o-mini is the shape; prices, tiers, caching and batch vary.
  // 0, or within the schema's bounds (0.000001 to 10,000): generated, not filtered, so the
  // validator below rejects few cases.
  const usdPerMTok = fc.oneof(fc.constant(0), fc.double({ min: 0.000001, max: 10_000, noNaN: true }))
  const plausible = (price: number) => (price < 0.000001 ? 0 : price)
  const priceRow = fc
    .record({
      input: usdPerMTok,
      cachedShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      cache_write: fc.option(usdPerMTok),
      output: usdPerMTok,
      batch_discount: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      tier: fc.option(
        fc.record({
          above_input_tokens: fc.integer({ min: 1, max: 1_000_000 }),
          factor: fc.double({ min: 1, max: 3, noNaN: true }),
        }),
      ),
    })
    .map(({ input, cachedShare, cache_write, output, batch_discount, tier }) => {
      const cached_input = cachedShare === null ? null : plausible(input * cachedShare)
      const dearer = (price: number | null) =>
        price === null || tier === null ? price : Math.min(10_000, price * tier.factor)
      return {
        ...models[0]!.prices[0]!,
        input,
        cached_input,
        cache_write,
        output,
        batch_discount,
        tiers:
          tier === null
            ? []
            : [
                {
                  above_input_tokens: tier.above_input_tokens,
                  input: dearer(input)!,
                  cached_input: cached_input === null ? null : Math.min(dearer(input)!, dearer(cached_input)!),
                  cache_write: dearer(cache_write),
                  output: dearer(output)!,
                },
              ],
      }
    })
  const model = fc
    .record({
      row: priceRow,
      provider: fc.constantFrom('openai', 'anthropic', 'google'),
      reasoning: fc.boolean(),
      min_cacheable_tokens: fc.option(fc.integer({ min: 1, max: 5000 })),
    })
    .map(({ row, ...traits }) => ({ ...models[0]!, ...traits, prices: [row] }))
    .filter((m) => parsePricing({ ...fixtureRelease(), models: [m] }, 'fuzz.json').ok)
  const levers = fc.record({
    volume: fc.integer({ min: 0, max: 1e12 }),
    maxTokens: fc.integer({ min: 1, max: 10_000_000 }),
    outputTokens: fc.option(fc.integer({ min: 0, max: 100_000_000 })),
    reasoningTokens: fc.integer({ min: 0, max: 100_000_000 }),
    responseCachePercent: fc.double({ min: 0, max: 100, noNaN: true }),
    promptCachePercent: fc.double({ min: 0, max: 100, noNaN: true }),
    batchPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  })
  const workload = fc.record({
    turns: fc.integer({ min: 1, max: 40 }),
    turnTokens: fc.option(fc.integer({ min: 0, max: 1_000_000 })),
    items: fc.integer({ min: 1, max: 1_000_000 }),
    itemTokens: fc.integer({ min: 0, max: 100_000 }),
    itemOutputTokens: fc.integer({ min: 0, max: 100_000 }),
  })
  const tokenCount = fc.integer({ min: 0, max: 100_000_000 })
  const costsOf = (m: PricedModel, patch: Partial<Scenario>, input: number, prefix: number) =>
    scenarioCosts(
      scenario({ modelIds: [m.id], mixPercents: [100], inputTokensOverride: input, prefixTokens: prefix, ...patch }),
      [m],
      () => undefined,
    )

  it('every figure is finite and not negative, and the worst case is never below the expected', () => {
    assertProperty(
      fc.property(model, levers, workload, tokenCount, tokenCount, (m, patch, shape, input, prefix) => {
        const costs = costsOf(m, { ...patch, ...shape }, input, prefix)
        const row = costs.rows[0]!
        const figures = [
          row.perRequestUsd,
          row.worstPerRequestUsd,
          row.monthlyIfAllUsd,
          row.worstMonthlyIfAllUsd,
          costs.monthlyTotalUsd,
          costs.worstMonthlyTotalUsd,
          ...Object.values(row.perRequest),
          ...Object.values(row.monthlyIfAll),
        ]
        for (const figure of figures) expect(Number.isFinite(figure) && figure >= 0).toBe(true)
        expect(row.worstPerRequestUsd).toBeGreaterThanOrEqual(row.perRequestUsd)
        expect(costs.worstMonthlyTotalUsd).toBeGreaterThanOrEqual(costs.monthlyTotalUsd)
        if (row.items) {
          expect(row.items.items).toBeGreaterThanOrEqual(1)
          expect(row.items.items).toBeLessThanOrEqual(shape.items)
          expect(row.items.worstPerItemUsd).toBeGreaterThanOrEqual(row.items.perItemUsd)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('a conversation of more turns costs more, and each turn sends more than the one before', () => {
    assertProperty(
      fc.property(model, levers, workload, tokenCount, tokenCount, (m, patch, shape, input, prefix) => {
        // From two turns on (one turn is a single request, whose cache writes hold only the prefix).
        const at = (turns: number) => costsOf(m, { ...patch, ...shape, turns }, input, prefix)
        const shorter = at(Math.max(2, shape.turns))
        const longer = at(Math.max(2, shape.turns) + 1)
        const turns = longer.rows[0]!.conversation!.turns
        for (let k = 1; k < turns.length; k++) {
          expect(turns[k]!.inputTokens).toBeGreaterThanOrEqual(turns[k - 1]!.inputTokens)
        }
        const atLeast = (after: number, before: number) => expect(after).toBeGreaterThanOrEqual(before * (1 - 1e-12))
        atLeast(longer.monthlyTotalUsd, shorter.monthlyTotalUsd)
        atLeast(longer.worstMonthlyTotalUsd, shorter.worstMonthlyTotalUsd)
      }),
      { numRuns: 1000 },
    )
  })

  it('costs grow with volume, input, output, reasoning and max_tokens', () => {
    const more = fc.integer({ min: 0, max: 10_000_000 })
    assertProperty(
      fc.property(model, levers, tokenCount, tokenCount, more, (m, patch, input, prefixAsked, extra) => {
        // The cacheable prefix stays put while the input grows: a longer prefix may start being
        // cached, and rightly cost less.
        const prefix = Math.min(prefixAsked, input)
        const base = costsOf(m, patch, input, prefix)
        const grown = (p: Partial<Scenario>, i = input) => costsOf(m, { ...patch, ...p }, i, prefix)
        const output = patch.outputTokens ?? patch.maxTokens
        const cases = [
          grown({ volume: patch.volume + extra }),
          grown({}, input + extra),
          grown({ outputTokens: output + extra }),
          grown({ reasoningTokens: patch.reasoningTokens + extra }),
          grown({ maxTokens: Math.min(10_000_000, patch.maxTokens + extra) }),
        ]
        // Up to rounding: more reasoning within the same max_tokens moves tokens from output to
        // reasoning, priced alike but summed apart, which can change the last binary digit (a
        // part in 10^16; no figure shows more than 13 digits).
        const atLeast = (after: number, before: number) => expect(after).toBeGreaterThanOrEqual(before * (1 - 1e-12))
        for (const after of cases) {
          atLeast(after.monthlyTotalUsd, base.monthlyTotalUsd)
          atLeast(after.worstMonthlyTotalUsd, base.worstMonthlyTotalUsd)
          atLeast(after.rows[0]!.perRequestUsd, base.rows[0]!.perRequestUsd)
        }
      }),
      { numRuns: 2000 },
    )
  })
})

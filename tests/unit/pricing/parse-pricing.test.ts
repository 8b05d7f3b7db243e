import { describe, expect, it } from 'vitest'
import { parsePricing, parsePricingText } from '../../../src/core/pricing/parse-pricing.ts'
import { priceAsOf } from '../../../src/core/pricing/price-as-of.ts'
import { fixtureRelease } from './fixture-release.ts'

const FILE = 'pricing/releases/test.json'

function reasonFor(mutate: (release: ReturnType<typeof fixtureRelease>) => void): string {
  const release = fixtureRelease()
  mutate(release)
  const result = parsePricing(JSON.parse(JSON.stringify(release)), FILE)
  if (result.ok) throw new Error('expected a failure')
  return result.reason
}

describe('parsePricing', () => {
  it('accepts a valid release', () => {
    expect(parsePricing(fixtureRelease(), FILE)).toMatchObject({ ok: true })
  })

  it('names file, model and field for a wrong type', () => {
    const reason = reasonFor((r) => ((r.models[0]!.prices[0] as { input: unknown }).input = '0.15'))
    expect(reason).toContain(FILE)
    expect(reason).toContain('models[0] (gpt-4o-mini).prices[0].input')
  })

  it('rejects a row without a source', () => {
    expect(reasonFor((r) => (r.models[1]!.prices[1]!.sources = []))).toContain(
      'models[1] (gpt-3.5-turbo).prices[1].sources',
    )
  })

  it('rejects a source without a checked date', () => {
    expect(
      reasonFor((r) => ((r.models[0]!.prices[0]!.sources[0] as { checked: unknown }).checked = 'yesterday')),
    ).toContain('sources[0].checked')
  })

  it('rejects unknown fields, so typos do not pass silently', () => {
    expect(reasonFor((r) => ((r.models[0] as Record<string, unknown>).contxt_window = 1))).toContain('contxt_window')
  })

  it('rejects cached input above input', () => {
    expect(reasonFor((r) => (r.models[0]!.prices[0]!.cached_input = 1))).toContain(
      'model gpt-4o-mini: prices[0].cached_input',
    )
  })

  it('rejects a model with no current row', () => {
    expect(reasonFor((r) => (r.models[0]!.prices[0]!.effective_to = '2025-01-01'))).toContain('exactly one current row')
  })

  it('rejects overlapping rows', () => {
    expect(reasonFor((r) => (r.models[1]!.prices[0]!.effective_to = '2024-03-01'))).toContain('overlap')
  })

  it('rejects tier thresholds that do not ascend', () => {
    const tier = (above: number) => ({
      above_input_tokens: above,
      input: 1,
      cached_input: null,
      cache_write: null,
      output: 1,
    })
    expect(reasonFor((r) => (r.models[0]!.prices[0]!.tiers = [tier(200_000), tier(100_000)]))).toContain(
      'thresholds must ascend',
    )
  })

  it('rejects a duplicated id or alias', () => {
    expect(reasonFor((r) => r.models[1]!.aliases.push('gpt-4o-mini'))).toContain('already used by gpt-4o-mini')
  })

  it('reports bad JSON with the file name', () => {
    expect(parsePricingText('{"models": [', FILE)).toMatchObject({
      ok: false,
      reason: expect.stringContaining(`${FILE}: not valid JSON`),
    })
  })
})

describe('priceAsOf', () => {
  const model = fixtureRelease().models[1]!
  it('picks the current row by default', () => expect(priceAsOf(model)?.input).toBe(0.5))
  it('treats effective_to as exclusive', () => {
    expect(priceAsOf(model, '2024-02-15')?.input).toBe(2)
    expect(priceAsOf(model, '2024-02-16')?.input).toBe(0.5)
  })
  it('has no price before the first row', () => expect(priceAsOf(model, '2020-01-01')).toBeUndefined())
})

describe('data limits', () => {
  it.each([
    [
      'a price past 10,000 USD per 1M tokens',
      (r: ReturnType<typeof fixtureRelease>) => (r.models[0]!.prices[0]!.output = 1e300),
      'prices[0].output',
    ],
    [
      'a context window past 100M tokens',
      (r: ReturnType<typeof fixtureRelease>) => (r.models[0]!.context_window = 1e12),
      'context_window',
    ],
    [
      'a tier price past the bound',
      (r: ReturnType<typeof fixtureRelease>) =>
        (r.models[0]!.prices[0]!.tiers = [
          { above_input_tokens: 1000, input: 20_000, cached_input: null, cache_write: null, output: 1 },
        ]),
      'tiers[0].input',
    ],
  ])('refuses %s, naming the field', (_, mutate, field) => {
    expect(reasonFor(mutate)).toContain(field)
  })

  it('refuses what JSON cannot even hold as a number (1e400 is Infinity)', () => {
    const text = JSON.stringify(fixtureRelease()).replace('"output":0.6', '"output":1e400')
    const result = parsePricingText(text, FILE)
    expect(result.ok).toBe(false)
  })
})

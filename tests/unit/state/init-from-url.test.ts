import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../src/core/scenario/scenario.ts'
import { checksum } from '../../../src/core/url/checksum.ts'
import { shareLink } from '../../../src/core/url/share-link.ts'
import { createAppStore } from '../../../src/state/store.ts'
import { initFromUrl } from '../../../src/state/init-from-url.ts'
import * as loader from '../../../src/state/load-pricing.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'

afterEach(() => vi.restoreAllMocks())

// The fixture release has gpt-4o-mini but not the default's gpt-4o.
const ONE_MODEL = { ...DEFAULT_SCENARIO, modelIds: ['gpt-4o-mini'], mixPercents: [100] }

function mockPricing() {
  vi.spyOn(loader, 'loadLatestPricing').mockResolvedValue({
    status: 'ready',
    release: fixtureRelease(),
    fileName: 'x.json',
  })
}

describe('initFromUrl', () => {
  it('applies text, numbers, models and mix from the query string', async () => {
    mockPricing()
    const store = createAppStore()
    await initFromUrl(store, { search: '?prompt=hi&models=gpt-3.5-turbo,gpt-4o-mini&mix=30,70&volume=42', hash: '' })
    const { scenario, notices } = store.getState()
    expect(notices).toEqual([])
    expect(scenario).toMatchObject({
      prompt: 'hi',
      modelIds: ['gpt-3.5-turbo', 'gpt-4o-mini'],
      mixPercents: [30, 70],
      volume: 42,
    })
  })

  it('drops default models the pricing data lacks and keeps a valid mix', async () => {
    mockPricing()
    const store = createAppStore()
    await initFromUrl(store, { search: '', hash: '' })
    // The default compares gpt-4o-mini and gpt-4o; the fixture has no gpt-4o.
    expect(store.getState().scenario).toMatchObject({ modelIds: ['gpt-4o-mini'], mixPercents: [100] })
  })

  it('collects notices for bad parameters and still loads', async () => {
    mockPricing()
    const store = createAppStore()
    await initFromUrl(store, { search: '?volume=lots&models=gpt-4o-mini,unknown-model&mix=50,50', hash: '' })
    const { notices, scenario } = store.getState()
    expect(notices).toHaveLength(3)
    expect(scenario.modelIds).toEqual(['gpt-4o-mini'])
    expect(scenario.mixPercents).toEqual([100])
  })

  it('keeps the error when pricing fails', async () => {
    vi.spyOn(loader, 'loadLatestPricing').mockResolvedValue({ status: 'error', message: 'x.json: broken' })
    const store = createAppStore()
    await initFromUrl(store, { search: '?prompt=hi', hash: '' })
    expect(store.getState().pricing).toEqual({ status: 'error', message: 'x.json: broken' })
    expect(store.getState().scenario.prompt).toBe('hi')
  })

  it('opens a share link with its fragment: long text and the custom model, compared', async () => {
    mockPricing()
    const custom = {
      name: 'Mine',
      inputUsdPerMTok: 1,
      outputUsdPerMTok: 2,
      cachedInputUsdPerMTok: null,
      batchDiscountPercent: null,
    }
    const made = {
      ...DEFAULT_SCENARIO,
      prompt: 'long text '.repeat(500),
      modelIds: ['gpt-4o-mini', 'custom'],
      mixPercents: [70, 30],
      customModel: custom,
    }
    const link = await shareLink(made)
    const store = createAppStore()
    await initFromUrl(store, link)
    expect(store.getState().notices).toEqual([])
    expect(store.getState().scenario).toEqual(made)
  })

  it('opens a link edited by hand as it reads now, texts kept, with a quiet note', async () => {
    mockPricing()
    const link = await shareLink({ ...ONE_MODEL, volume: 5, prompt: 'long text '.repeat(500) })
    const store = createAppStore()
    await initFromUrl(store, { ...link, search: link.search.replace('volume=5', 'volume=50') })
    expect(store.getState().scenario).toMatchObject({ volume: 50, prompt: 'long text '.repeat(500) })
    expect(store.getState().notices).toEqual([])
    expect(store.getState().infos).toEqual([expect.stringMatching(/changed after promptmeter made it/)])
  })

  it('leaves out only the texts of a link whose fragment is damaged, and says which part', async () => {
    mockPricing()
    const link = await shareLink({ ...ONE_MODEL, volume: 5, prompt: 'long text '.repeat(500) })
    const store = createAppStore()
    await initFromUrl(store, { ...link, hash: link.hash.slice(0, -10) })
    expect(store.getState().scenario).toMatchObject({ volume: 5, prompt: '' })
    expect(store.getState().notices).toEqual([expect.stringMatching(/texts saved in this link could not be opened/)])
    expect(store.getState().pricing.status).toBe('ready')
  })

  it('opens a link cut off before its check with defaults and says why', async () => {
    mockPricing()
    const link = await shareLink({ ...ONE_MODEL, volume: 5, prompt: 'long text '.repeat(500) })
    const store = createAppStore()
    await initFromUrl(store, { search: link.search.slice(0, link.search.indexOf('&max_tokens')), hash: '' })
    expect(store.getState().scenario).toMatchObject({ volume: DEFAULT_SCENARIO.volume, prompt: '' })
    expect(store.getState().notices).toEqual([expect.stringMatching(/cut off.*opened with defaults/)])
  })

  it('says when a link comes from a newer version', async () => {
    mockPricing()
    const store = createAppStore()
    const search = (await shareLink(DEFAULT_SCENARIO)).search
    // a v2 link with a valid check: recompute it as a newer page would
    const params = new URLSearchParams(search)
    params.set('v', '2')
    params.delete('c')
    params.set('c', checksum(params.toString()))
    await initFromUrl(store, { search: `?${params.toString()}`, hash: '' })
    expect(store.getState().notices[0]).toMatch(/newer version/)
  })
})

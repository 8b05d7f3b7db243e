import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppStore } from '../../../src/state/store.ts'
import { initFromUrl } from '../../../src/state/init-from-url.ts'
import * as loader from '../../../src/state/load-pricing.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'

afterEach(() => vi.restoreAllMocks())

function mockPricing() {
  vi.spyOn(loader, 'loadLatestPricing').mockResolvedValue({ status: 'ready', release: fixtureRelease(), fileName: 'x.json' })
}

describe('initFromUrl', () => {
  it('applies text, numbers, models and mix from the query string', async () => {
    mockPricing()
    const store = createAppStore()
    await initFromUrl(store, '?prompt=hi&models=gpt-3.5-turbo,gpt-4o-mini&mix=30,70&volume=42')
    const { scenario, notices } = store.getState()
    expect(notices).toEqual([])
    expect(scenario).toMatchObject({ prompt: 'hi', modelIds: ['gpt-3.5-turbo', 'gpt-4o-mini'], mixPercents: [30, 70], volume: 42 })
  })

  it('drops default models the pricing data lacks and keeps a valid mix', async () => {
    mockPricing()
    const store = createAppStore()
    await initFromUrl(store, '')
    // The default compares gpt-4o-mini and gpt-4o; the fixture has no gpt-4o.
    expect(store.getState().scenario).toMatchObject({ modelIds: ['gpt-4o-mini'], mixPercents: [100] })
  })

  it('collects notices for bad parameters and still loads', async () => {
    mockPricing()
    const store = createAppStore()
    await initFromUrl(store, '?volume=lots&models=gpt-4o-mini,unknown-model&mix=50,50')
    const { notices, scenario } = store.getState()
    expect(notices).toHaveLength(3)
    expect(scenario.modelIds).toEqual(['gpt-4o-mini'])
    expect(scenario.mixPercents).toEqual([100])
  })

  it('keeps the error when pricing fails', async () => {
    vi.spyOn(loader, 'loadLatestPricing').mockResolvedValue({ status: 'error', message: 'x.json: broken' })
    const store = createAppStore()
    await initFromUrl(store, '?prompt=hi')
    expect(store.getState().pricing).toEqual({ status: 'error', message: 'x.json: broken' })
    expect(store.getState().scenario.prompt).toBe('hi')
  })
})

import { expect, it, vi } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../src/core/scenario/scenario.ts'
import { inflateText } from '../../../src/core/url/deflate.ts'
import { base64UrlToBytes } from '../../../src/core/url/base64url.ts'
import { shareLink } from '../../../src/core/url/share-link.ts'
import { startAddressSync } from '../../../src/state/address-sync.ts'
import { createAppStore } from '../../../src/state/store.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'

const SECRET = 'TOP-SECRET-7c1e9a'

function readyStore() {
  const store = createAppStore()
  store.getState().setPricing({ status: 'ready', release: fixtureRelease(), fileName: 'x.json' })
  store.getState().setScenario({ modelIds: ['gpt-4o-mini'], mixPercents: [100] })
  return store
}

/** Everything an address holds, fragment inflated. */
async function readable(address: string): Promise<string> {
  const hash = address.slice(address.indexOf('#') + 1)
  const bytes = address.includes('#z=') ? base64UrlToBytes(hash.slice(2)) : undefined
  return `${decodeURIComponent(address)} ${bytes ? await inflateText(bytes, 1e7) : ''}`
}

it('follows the levers but never the texts', async () => {
  const store = readyStore()
  const written: string[] = []
  const stop = startAddressSync(store, {
    opened: { search: '', hash: '' },
    replace: (a) => written.push(a),
    delayMs: 0,
  })
  store.getState().setScenario({
    prompt: `${SECRET} user`,
    system: `${SECRET} system`,
    messages: [{ role: 'assistant', name: SECRET, content: `${SECRET} reply` }],
    tools: `[{"type":"function","function":{"name":"${SECRET}"}}]`,
    responseFormat: `{"title":"${SECRET}"}`,
    batchPercent: 40,
  })
  await vi.waitFor(() => expect(written.at(-1)).toContain('batch=40'))
  store.getState().setCustomModel({
    name: 'Mine',
    inputUsdPerMTok: 1,
    outputUsdPerMTok: 2,
    cachedInputUsdPerMTok: null,
    batchDiscountPercent: null,
  })
  await vi.waitFor(() => expect(written.at(-1)).toContain('#z='))
  for (const address of written) expect(await readable(address)).not.toContain(SECRET)
  // The custom model travels: it is a lever, not a text.
  expect(await readable(written.at(-1)!)).toContain('Mine')
  stop()
})

it('keeps an opened link’s texts in the address while they are unchanged, and drops them once edited', async () => {
  const shared = await shareLink({
    ...DEFAULT_SCENARIO,
    modelIds: ['gpt-4o-mini'],
    mixPercents: [100],
    prompt: 'From the link',
  })
  const store = readyStore()
  store.getState().setScenario({ prompt: 'From the link' })
  const written: string[] = []
  const stop = startAddressSync(store, { opened: shared, replace: (a) => written.push(a), delayMs: 0 })
  await vi.waitFor(() => expect(written).toHaveLength(1))
  expect(written[0]).toBe(`${shared.search}${shared.hash}`)
  store.getState().setScenario({ prompt: `From the link, and ${SECRET}` })
  await vi.waitFor(() => expect(written).toHaveLength(2))
  expect(written[1]).toBe(shared.search)
  expect(await readable(written[1]!)).not.toContain(SECRET)
  stop()
})

it('waits for the prices before it writes anything', async () => {
  const store = createAppStore()
  const written: string[] = []
  const stop = startAddressSync(store, {
    opened: { search: '', hash: '' },
    replace: (a) => written.push(a),
    delayMs: 0,
  })
  store.getState().setScenario({ volume: 5 })
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(written).toEqual([])
  store.getState().setPricing({ status: 'ready', release: fixtureRelease(), fileName: 'x.json' })
  await vi.waitFor(() => expect(written.at(-1)).toContain('volume=5'))
  stop()
})

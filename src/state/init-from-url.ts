import { evenMix } from '../core/scenario/mix.ts'
import { CUSTOM_MODEL_ID } from '../core/scenario/scenario.ts'
import { applyScenarioParams, parseScenarioParams, type ScenarioParams } from '../core/url/scenario-params.ts'
import { linkKind, readFragment, SHARE_VERSION, type SharePayload } from '../core/url/share-link.ts'
import { loadLatestPricing } from './load-pricing.ts'
import { findModelId } from './selectors.ts'
import type { useStore } from './store.ts'

export interface PageAddress {
  search: string
  hash: string
}

/**
 * Reads the address into the store, loads pricing, then resolves model ids (which need the
 * pricing data). Text and numbers apply at once so counting can start early. A share link that
 * was cut off or damaged opens with defaults and says so.
 */
export async function initFromUrl(store: typeof useStore, address: PageAddress): Promise<void> {
  const pricingLoad = loadLatestPricing()
  const { setScenario, addNotices, setPricing } = store.getState()
  const opened = await readAddress(address)
  if (!opened.ok) {
    addNotices([opened.notice])
    setPricing(await pricingLoad)
    return
  }
  const { params, payload, notices } = opened
  const { modelIds, mixPercents, ...immediate } = params
  const text = {
    ...(payload?.prompt !== undefined && { prompt: payload.prompt }),
    ...(payload?.system !== undefined && { system: payload.system }),
  }
  setScenario({
    ...applyScenarioParams({ ...immediate, ...text }, () => undefined, store.getState().scenario).value,
    ...(payload?.custom && { customModel: payload.custom }),
  })
  addNotices(notices)

  const pricing = await pricingLoad
  setPricing(pricing)
  if (pricing.status !== 'ready') return
  const models = pricing.release.models
  const current = store.getState().scenario
  const resolve = (id: string) =>
    id === CUSTOM_MODEL_ID && current.customModel ? CUSTOM_MODEL_ID : findModelId(models, id)
  const known = current.modelIds.filter((id) => resolve(id) !== undefined)
  const base = {
    ...current,
    modelIds: known,
    mixPercents: known.length === current.modelIds.length ? current.mixPercents : evenMix(known.length),
  }
  const applied = applyScenarioParams(
    { ...(modelIds && { modelIds }), ...(mixPercents && { mixPercents }) },
    resolve,
    base,
  )
  store.getState().setScenario(applied.value)
  store.getState().addNotices(applied.notices)
}

type Opened =
  | { ok: true; params: ScenarioParams; payload: SharePayload | undefined; notices: string[] }
  | { ok: false; notice: string }

async function readAddress({ search, hash }: PageAddress): Promise<Opened> {
  const link = linkKind(search)
  if (link.kind === 'broken') return { ok: false, notice: link.notice }
  const fragment = await readFragment(hash)
  if (fragment && !fragment.ok)
    return { ok: false, notice: `This link could not be opened: ${fragment.reason}, so the page opened with defaults.` }
  const { value: params, notices } = parseScenarioParams(search)
  const newer = link.kind === 'share' && link.version > SHARE_VERSION
  if (newer)
    notices.unshift(
      'This link was made by a newer version of promptmeter; settings this version does not know are left out.',
    )
  return { ok: true, params, payload: fragment?.data, notices }
}

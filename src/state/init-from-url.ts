import { evenMix } from '../core/scenario/mix.ts'
import { openLink, resolvingCustom, type PageAddress } from '../core/url/open-link.ts'
import { applyScenarioParams } from '../core/url/scenario-params.ts'
import { loadLatestPricing } from './load-pricing.ts'
import { findModelId } from './selectors.ts'
import type { useStore } from './store.ts'

export type { PageAddress }

/**
 * Reads the address into the store (core/url/open-link.ts says how a link opens), loads
 * pricing, then resolves model ids (which need the pricing data). Text and numbers apply at
 * once so counting can start early.
 */
export async function initFromUrl(store: typeof useStore, address: PageAddress): Promise<void> {
  const pricingLoad = loadLatestPricing()
  const { setScenario, addNotices, addInfos, setPricing } = store.getState()
  const { params, customModel, notices, infos } = await openLink(address)
  // Model ids (the compared models, the classifier) resolve once the prices are here.
  const { modelIds, mixPercents, classifierModelId, ...immediate } = params
  setScenario({
    ...applyScenarioParams(immediate, () => undefined, store.getState().scenario).value,
    ...(customModel && { customModel }),
  })
  addNotices(notices)
  addInfos(infos)

  const pricing = await pricingLoad
  setPricing(pricing)
  if (pricing.status !== 'ready') return
  const models = pricing.release.models
  const current = store.getState().scenario
  const resolve = resolvingCustom((id) => findModelId(models, id), current.customModel)
  const known = current.modelIds.filter((id) => resolve(id) !== undefined)
  const base = {
    ...current,
    modelIds: known,
    mixPercents: known.length === current.modelIds.length ? current.mixPercents : evenMix(known.length),
  }
  const applied = applyScenarioParams(
    {
      ...(modelIds && { modelIds }),
      ...(mixPercents && { mixPercents }),
      ...(classifierModelId !== undefined && { classifierModelId }),
    },
    resolve,
    base,
  )
  store.getState().setScenario(applied.value)
  store.getState().addNotices(applied.notices)
}

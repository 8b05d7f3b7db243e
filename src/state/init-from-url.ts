import { evenMix } from '../core/scenario/mix.ts'
import { applyScenarioParams, parseScenarioParams } from '../core/url/scenario-params.ts'
import { loadLatestPricing } from './load-pricing.ts'
import { findModelId } from './selectors.ts'
import type { useStore } from './store.ts'

/**
 * Reads the query string into the store, loads pricing, then resolves model ids (which
 * need the pricing data). Text and numbers apply at once so counting can start early.
 */
export async function initFromUrl(store: typeof useStore, search: string): Promise<void> {
  const { value: params, notices } = parseScenarioParams(search)
  const { modelIds, mixPercents, ...immediate } = params
  const { scenario, setScenario, addNotices, setPricing } = store.getState()
  setScenario(applyScenarioParams(immediate, () => undefined, scenario).value)
  addNotices(notices)

  const pricing = await loadLatestPricing()
  setPricing(pricing)
  if (pricing.status !== 'ready') return
  const models = pricing.release.models
  const current = store.getState().scenario
  const known = current.modelIds.filter((id) => findModelId(models, id) !== undefined)
  const base = { ...current, modelIds: known, mixPercents: known.length === current.modelIds.length ? current.mixPercents : evenMix(known.length) }
  const applied = applyScenarioParams(
    { ...(modelIds && { modelIds }), ...(mixPercents && { mixPercents }) },
    (id) => findModelId(models, id),
    base,
  )
  store.getState().setScenario(applied.value)
  store.getState().addNotices(applied.notices)
}

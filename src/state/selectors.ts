import type { PricedModel } from '../core/pricing/pricing-schema.ts'
import type { Store } from './store.ts'

const NO_MODELS: readonly PricedModel[] = []

export const selectModels = (s: Store): readonly PricedModel[] =>
  s.pricing.status === 'ready' ? s.pricing.release.models : NO_MODELS

/** Finds a model by id or alias. */
export function findModelId(models: readonly PricedModel[], id: string): string | undefined {
  const wanted = id.toLowerCase()
  return models.find((m) => m.id === wanted || m.aliases.includes(wanted))?.id
}

import { useMemo } from 'react'
import { customPricedModel } from '../../core/pricing/custom-model.ts'
import type { PricedModel } from '../../core/pricing/pricing-schema.ts'
import { selectModels } from '../../state/selectors.ts'
import { useStore } from '../../state/store.ts'

/** The release's models, plus the custom model when the person has priced one. */
export function useModels(): readonly PricedModel[] {
  const models = useStore(selectModels)
  const custom = useStore((s) => s.scenario.customModel)
  return useMemo(() => (custom ? [...models, customPricedModel(custom)] : models), [models, custom])
}

import { useMemo } from 'react'
import { customPricedModel } from '../../core/pricing/custom-model.ts'
import { withoutVocabularies } from '../../core/pricing/model-traits.ts'
import type { PricedModel } from '../../core/pricing/pricing-schema.ts'
import { selectModels } from '../../state/selectors.ts'
import { useStore } from '../../state/store.ts'
import { useCountingMode } from './worker-client.ts'

/**
 * The release's models, plus the custom model when the person has priced one. Where counting
 * runs on the page (no worker), open-vocabulary models are estimates (model-traits.ts).
 */
export function useModels(): readonly PricedModel[] {
  const released = useStore(selectModels)
  const custom = useStore((s) => s.scenario.customModel)
  const onPage = useCountingMode() === 'main-thread'
  const models = useMemo(() => (onPage ? withoutVocabularies(released) : released), [released, onPage])
  return useMemo(() => (custom ? [...models, customPricedModel(custom)] : models), [models, custom])
}

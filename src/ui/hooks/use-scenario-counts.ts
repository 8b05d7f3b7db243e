import { useMemo } from 'react'
import { countingOf } from '../../core/pricing/model-traits.ts'
import type { PricedModel } from '../../core/pricing/pricing-schema.ts'
import type { CounterName } from '../../core/tokenize/count-prompt.ts'
import { useStore } from '../../state/store.ts'
import { useModels } from './use-models.ts'
import { useTokenCounts, type TokenCounts } from './use-token-counts.ts'

export interface ScenarioCounts {
  counts: TokenCounts
  /** The compared models the pricing data knows, in the scenario's order. */
  compared: PricedModel[]
  /** The counter of the first compared model: the one the prompt's token count is shown in. */
  firstCounter: CounterName
  firstIsEstimate: boolean
}

/**
 * Counts the two boxes in every encoding the compared models need (see model-traits.ts), and in
 * `also`: the encodings a part of the page showing other models asked for.
 */
export function useScenarioCounts(also: readonly CounterName[] = []): ScenarioCounts {
  const system = useStore((s) => s.scenario.system)
  const prompt = useStore((s) => s.scenario.prompt)
  const modelIds = useStore((s) => s.scenario.modelIds)
  const models = useModels()
  const compared = useMemo(() => modelIds.flatMap((id) => models.find((m) => m.id === id) ?? []), [modelIds, models])
  const first = compared[0] ? countingOf(compared[0]) : { counter: 'o200k_base' as const, estimate: false }
  const counts = useTokenCounts(system, prompt, [first.counter, ...compared.map((m) => countingOf(m).counter), ...also])
  return useMemo(
    () => ({ counts, compared, firstCounter: first.counter, firstIsEstimate: first.estimate }),
    [counts, compared, first.counter, first.estimate],
  )
}

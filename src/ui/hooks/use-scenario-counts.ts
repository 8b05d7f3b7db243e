import { useMemo } from 'react'
import { countingOf } from '../../core/pricing/model-traits.ts'
import type { PricedModel } from '../../core/pricing/pricing-schema.ts'
import type { CounterName } from '../../core/tokenize/count-prompt.ts'
import { useStore } from '../../state/store.ts'
import { useModels } from './use-models.ts'
import { useTokenCounts, type TokenCounts } from './use-token-counts.ts'
import { useRequestPartCounts, type RequestPartCounts } from './use-request-part-counts.ts'
import { withRequestParts, type RequestPartsCount } from '../../core/chat/request-parts.ts'
import type { CountsByCounter } from '../../core/cost/estimate-range.ts'

export interface ScenarioCounts {
  /** The boxes' counts with the request's other parts (messages, tools, response format) added. */
  counts: TokenCounts
  /** The request's other parts as the first compared model's counter counts them. */
  firstParts: RequestPartsCount | undefined
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
  // A classifier's input is the request as its own model counts it.
  const classifierId = useStore((s) => s.scenario.classifierModelId)
  const classifier = models.find((m) => m.id === classifierId)
  const counters = [
    first.counter,
    ...compared.map((m) => countingOf(m).counter),
    ...(classifier ? [countingOf(classifier).counter] : []),
  ]
  const boxes = useTokenCounts(system, prompt, counters, also)
  const parts = useRequestPartCounts(counters, system, prompt, also)
  // The merged counts keep their identity while only `pending` changes (a keystroke): what
  // derives costs from them skips the work.
  const merged = useMemo(() => withParts(boxes.counts, parts.byCounter), [boxes.counts, parts.byCounter])
  const counts = useMemo(
    () => ({ ...boxes, counts: merged, pending: boxes.pending || parts.pending }),
    [boxes, merged, parts.pending],
  )
  const firstParts = parts.byCounter[first.counter]
  return useMemo(
    () => ({ counts, firstParts, compared, firstCounter: first.counter, firstIsEstimate: first.estimate }),
    [counts, firstParts, compared, first.counter, first.estimate],
  )
}

/** The boxes' counts with each counter's parts added (the same object where there are none). */
function withParts(boxes: CountsByCounter, parts: RequestPartCounts['byCounter']): CountsByCounter {
  if (Object.keys(parts).length === 0) return boxes
  const entries = Object.entries(boxes).map(([counter, count]) => {
    const own = parts[counter as CounterName]
    return [counter, own ? withRequestParts(count, own) : count] as const
  })
  return Object.fromEntries(entries) as CountsByCounter
}

import type { PricedModel } from '../pricing/pricing-schema.ts'
import type { Scenario } from '../scenario/scenario.ts'
import { usd, type Usd } from '../units.ts'
import { scenarioCosts, type CountedFor } from './scenario-costs.ts'

export type Lever = 'output' | 'mix' | 'response-cache' | 'prompt-cache' | 'batch'

export interface LeverStep {
  lever: Lever
  label: string
  /** Monthly cost before and after this lever; savedUsd < 0 when the lever adds cost. */
  beforeUsd: Usd
  afterUsd: Usd
  savedUsd: Usd
}

export interface LeverSavings {
  /** No caches, no batch, all traffic on the first model, every reply at max_tokens. */
  naiveUsd: Usd
  scenarioUsd: Usd
  firstModelId: string
  steps: LeverStep[]
}

const LABELS: Record<Lever, string> = {
  output: 'Shorter replies',
  mix: 'Model mix',
  'response-cache': 'Response cache',
  'prompt-cache': 'Prompt cache',
  batch: 'Batch API',
}

/**
 * From the naive monthly cost down to the scenario, one lever at a time in a fixed order
 * (output, mix, response cache, prompt cache, batch); each step is priced with every earlier
 * lever already applied, so the steps add up to the whole difference. Undefined until every
 * compared model is priced and counted.
 */
export function leverSavings(
  scenario: Scenario,
  models: readonly PricedModel[],
  counted: CountedFor,
): LeverSavings | undefined {
  const firstModelId = scenario.modelIds[0]
  if (firstModelId === undefined) return undefined
  const naive: Scenario = {
    ...scenario,
    modelIds: [firstModelId],
    mixPercents: [100],
    responseCachePercent: 0,
    promptCachePercent: 0,
    batchPercent: 0,
  }
  const stages: [Lever, Scenario][] = [
    ['mix', { ...naive, modelIds: scenario.modelIds, mixPercents: scenario.mixPercents }],
    [
      'response-cache',
      {
        ...naive,
        modelIds: scenario.modelIds,
        mixPercents: scenario.mixPercents,
        responseCachePercent: scenario.responseCachePercent,
      },
    ],
    ['prompt-cache', { ...scenario, batchPercent: 0 }],
    ['batch', scenario],
  ]
  const naiveCosts = scenarioCosts(naive, models, counted)
  if (naiveCosts.rows.length !== 1) return undefined
  const totals: [Lever, Usd][] = [['output', naiveCosts.monthlyTotalUsd]]
  for (const [lever, stage] of stages) {
    const costs = scenarioCosts(stage, models, counted)
    if (costs.rows.length !== stage.modelIds.length) return undefined
    totals.push([lever, costs.monthlyTotalUsd])
  }
  let before = naiveCosts.worstMonthlyTotalUsd
  const steps = totals.map(([lever, after]): LeverStep => {
    const step = { lever, label: LABELS[lever], beforeUsd: before, afterUsd: after, savedUsd: usd(before - after) }
    before = after
    return step
  })
  return { naiveUsd: naiveCosts.worstMonthlyTotalUsd, scenarioUsd: before, firstModelId, steps }
}

import type { PricedModel } from '../pricing/pricing-schema.ts'
import type { Scenario } from '../scenario/scenario.ts'
import { usd, type Usd } from '../units.ts'
import { scenarioCosts, type CountedFor } from './scenario-costs.ts'

export type Lever = 'output' | 'mix' | 'routing' | 'response-cache' | 'prompt-cache' | 'batch'

export interface LeverStep {
  lever: Lever
  label: string
  /** Monthly cost before and after this lever; savedUsd < 0 when the lever adds cost. */
  beforeUsd: Usd
  afterUsd: Usd
  savedUsd: Usd
}

export interface LeverSavings {
  /** All traffic on the baseline model, every reply at max_tokens, no caches, no batch. */
  naiveUsd: Usd
  scenarioUsd: Usd
  /** The compared model that costs most with all traffic on it: where a team starts. */
  baselineModelId: string
  steps: LeverStep[]
}

const LABELS: Record<Lever, string> = {
  output: 'Shorter replies',
  mix: 'Model mix',
  routing: 'Escalation, classifier',
  'response-cache': 'Response cache',
  'prompt-cache': 'Prompt cache',
  batch: 'Batch API',
}

/**
 * From the baseline a person recognises (all traffic on the priciest compared model, every reply
 * at max_tokens, no caches, no batch) down to the scenario, one lever at a time in a fixed order
 * (output, mix, routing's escalation and classifier, response cache, prompt cache, batch); each step is priced with every earlier
 * lever already applied, so the steps add up to the whole difference. With no lever set the
 * scenario is the baseline or below it: no step adds cost unless a lever really does (cache
 * writes that a low hit rate does not pay back). Undefined until every compared model is priced
 * and counted.
 */
export function leverSavings(
  scenario: Scenario,
  models: readonly PricedModel[],
  counted: CountedFor,
): LeverSavings | undefined {
  const plain = { ...scenario, responseCachePercent: 0, promptCachePercent: 0, batchPercent: 0 }
  const candidates = scenarioCosts(plain, models, counted)
  if (candidates.rows.length !== scenario.modelIds.length || candidates.rows.length === 0) return undefined
  const baseline = candidates.rows.reduce((a, b) => (b.worstMonthlyIfAllUsd > a.worstMonthlyIfAllUsd ? b : a))
  const baselineModelId = baseline.model.id
  // Routing's own calls (escalation, a classifier) come after the mix, which they cost against.
  const unrouted = { ...plain, escalationPercent: 0, classifierModelId: null }
  const naive: Scenario = { ...unrouted, modelIds: [baselineModelId], mixPercents: [100] }
  const mixed = { ...plain, modelIds: scenario.modelIds, mixPercents: scenario.mixPercents }
  const stages: [Lever, Scenario][] = [
    ['output', naive],
    ['mix', { ...mixed, escalationPercent: 0, classifierModelId: null }],
    ['routing', mixed],
    ['response-cache', { ...mixed, responseCachePercent: scenario.responseCachePercent }],
    ['prompt-cache', { ...scenario, batchPercent: 0 }],
    ['batch', scenario],
  ]
  const naiveUsd = scenarioCosts(naive, models, counted).worstMonthlyTotalUsd
  let before = naiveUsd
  const steps: LeverStep[] = []
  for (const [lever, stage] of stages) {
    const after = scenarioCosts(stage, models, counted).monthlyTotalUsd
    steps.push({ lever, label: LABELS[lever], beforeUsd: before, afterUsd: after, savedUsd: usd(before - after) })
    before = after
  }
  return { naiveUsd, scenarioUsd: before, baselineModelId, steps }
}

import { formatInteger } from '../format/format-usd.ts'
import type { Scenario } from '../scenario/scenario.ts'
import { minimumCachedTokens } from './request-cost.ts'
import type { ModelCost } from './scenario-costs.ts'

/** Why a lever that is set changes nothing (or less than asked) for one model. */
export interface LeverEffect {
  /** The lever's URL parameter. */
  lever: string
  reason: string
}

/**
 * The levers set in the scenario that do nothing for this model, each with the reason, so a
 * person who moves one and sees no change knows why. (A missing batch API and images without a
 * published rule have notes of their own in the table.)
 */
export function leverEffects(scenario: Scenario, row: ModelCost): LeverEffect[] {
  const effects: LeverEffect[] = []
  const { model } = row
  if (scenario.promptCachePercent > 0 && row.cachedTokens === 0) {
    const minimum = minimumCachedTokens(model)
    const reason =
      row.prices.cachedInput === null || model.min_cacheable_tokens === null
        ? 'no effect: this model has no prompt caching'
        : row.prefixTokens === 0
          ? 'no effect: no cacheable prefix (no system message, and no prefix_tokens set)'
          : `no effect: the ${formatInteger(row.prefixTokens)}-token prefix is below this model’s ${formatInteger(minimum)}-token caching minimum`
    effects.push({ lever: 'prompt_cache', reason })
  }
  if (scenario.reasoningTokens > 0 && !model.reasoning) {
    effects.push({ lever: 'reasoning', reason: 'no effect: not a reasoning model' })
  }
  if (row.capped) {
    const what = row.reasoningTokens > 0 ? 'output and reasoning' : 'output'
    effects.push({
      lever: 'max_tokens',
      reason: `expected ${what} capped at max_tokens (${formatInteger(scenario.maxTokens)})`,
    })
  }
  return effects
}

import type { EncodingName } from '../tokenize/encodings.ts'
import type { PricedModel, PriceRow } from '../pricing/pricing-schema.ts'
import { priceAsOf } from '../pricing/price-as-of.ts'
import { expectedOutputTokens, type Scenario } from '../scenario/scenario.ts'
import { tokens, usd, usdPerMTok, type Tokens, type Usd } from '../units.ts'
import { apiRequestsPerMonth, monthlyCostUsd, requestCostUsd } from './request-cost.ts'

/** Models without a public tokenizer are counted with o200k_base and marked as estimates. */
export const encodingFor = (model: Pick<PricedModel, 'tokenizer'>): EncodingName =>
  model.tokenizer === 'estimate' ? 'o200k_base' : model.tokenizer

export const isEstimate = (model: Pick<PricedModel, 'tokenizer'>): boolean => model.tokenizer === 'estimate'

export interface ModelCost {
  model: PricedModel
  /** The price row used. */
  price: PriceRow
  sharePercent: number
  billedInputTokens: Tokens
  perRequestUsd: Usd
  /** Every reply runs to max_tokens. */
  worstPerRequestUsd: Usd
  /** If all traffic went to this model. */
  monthlyIfAllUsd: Usd
  worstMonthlyIfAllUsd: Usd
  /** This model's part of the mix total. */
  monthlyInMixUsd: Usd
  worstMonthlyInMixUsd: Usd
}

export interface UnpricedModel {
  model: PricedModel
  /** Why there is no cost: e.g. no price row in force on the "as of" date. */
  reason: string
}

export interface ScenarioCosts {
  rows: ModelCost[]
  unpriced: UnpricedModel[]
  monthlyTotalUsd: Usd
  worstMonthlyTotalUsd: Usd
}

/**
 * Costs per compared model and for the mix. `billedInputTokens(encoding)` gives the counted
 * billed input per request; models whose count is not known yet are left out.
 */
export function scenarioCosts(
  scenario: Scenario,
  models: readonly PricedModel[],
  billedInputTokens: (encoding: EncodingName) => Tokens | undefined,
): ScenarioCosts {
  const rows: ModelCost[] = []
  const unpriced: UnpricedModel[] = []
  const output = tokens(expectedOutputTokens(scenario))
  const worstOutput = tokens(scenario.maxTokens)
  const responseCacheHitRate = scenario.responseCachePercent / 100

  scenario.modelIds.forEach((id, i) => {
    const model = models.find((m) => m.id === id)
    if (!model) return
    const price = priceAsOf(model, scenario.pricingAsOf ?? undefined)
    if (!price) {
      const first = model.prices.map((row) => row.effective_from).sort()[0]
      unpriced.push({ model, reason: `no price recorded on ${scenario.pricingAsOf}; the first is from ${first}` })
      return
    }
    const input = scenario.inputTokensOverride !== null
      ? tokens(scenario.inputTokensOverride)
      : billedInputTokens(encodingFor(model))
    if (input === undefined) return
    const prices = { inputUsdPerMTok: usdPerMTok(price.input), outputUsdPerMTok: usdPerMTok(price.output) }
    const sharePercent = scenario.mixPercents[i] ?? 0
    const allRequests = apiRequestsPerMonth(scenario.volume, 1, responseCacheHitRate)
    const perRequestUsd = requestCostUsd(input, output, prices)
    const worstPerRequestUsd = requestCostUsd(input, worstOutput, prices)
    const monthlyIfAllUsd = monthlyCostUsd(allRequests, perRequestUsd)
    const worstMonthlyIfAllUsd = monthlyCostUsd(allRequests, worstPerRequestUsd)
    const mixRequests = apiRequestsPerMonth(scenario.volume, sharePercent / 100, responseCacheHitRate)
    rows.push({
      model,
      price,
      sharePercent,
      billedInputTokens: input,
      perRequestUsd,
      worstPerRequestUsd,
      monthlyIfAllUsd,
      worstMonthlyIfAllUsd,
      monthlyInMixUsd: monthlyCostUsd(mixRequests, perRequestUsd),
      worstMonthlyInMixUsd: monthlyCostUsd(mixRequests, worstPerRequestUsd),
    })
  })

  return {
    rows,
    unpriced,
    monthlyTotalUsd: usd(rows.reduce((sum, r) => sum + r.monthlyInMixUsd, 0)),
    worstMonthlyTotalUsd: usd(rows.reduce((sum, r) => sum + r.worstMonthlyInMixUsd, 0)),
  }
}

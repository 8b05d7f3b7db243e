import { imageTokens } from '../image/image-tokens.ts'
import type { PricedModel, PriceRow } from '../pricing/pricing-schema.ts'
import { noPriceReason, priceAsOf } from '../pricing/price-as-of.ts'
import { expectedOutputTokens, type Scenario } from '../scenario/scenario.ts'
import { tokens, usd, type Tokens, type Usd } from '../units.ts'
import {
  apiRequestsPerMonth,
  batchBlendFactor,
  cachedPrefixTokens,
  requestComponents,
  requestPrices,
  scaleComponents,
  sumComponents,
  type CostComponents,
  type RequestPrices,
} from './request-cost.ts'

/** What the counter measured for the page's two boxes, as one model counts them. */
export interface CountedInput {
  /** System + user messages with chat overhead: the API's `usage.prompt_tokens`. */
  billedInputTokens: Tokens
  /** The system message with its overhead: the default cacheable prefix. */
  systemMessageTokens: Tokens
}

/** How the batch lever applied to a model. */
export type BatchUse = 'unused' | 'applied' | 'no-batch-api'

export interface ModelCost {
  model: PricedModel
  /** The price row used. */
  price: PriceRow
  /** The prices that bill this request shape (a long-context tier when it applies). */
  prices: RequestPrices
  sharePercent: number
  /** I: text (or the override) plus images. */
  billedInputTokens: Tokens
  imageTokens: Tokens
  /** P: the cacheable prefix, at most the input. */
  prefixTokens: number
  /** C: prefix tokens the provider caches. */
  cachedTokens: number
  /** Expected output tokens billed per request, after max_tokens. */
  outputTokens: number
  /** Reasoning tokens billed per request (0 for models that do not reason), after max_tokens. */
  reasoningTokens: number
  /** True when max_tokens cut the expected output (and reasoning) short. */
  capped: boolean
  /**
   * Whether the request fits the model: its input within the context window (the largest prompt
   * the model accepts) and max_tokens within the model's maximum output. A request that does not
   * fit is refused by the provider: its cost is no answer.
   */
  fit: { context: boolean; maxOutput: boolean }
  /** One request at standard (non-batch) prices, prompt-cache hit rate applied. */
  perRequest: CostComponents
  perRequestUsd: Usd
  /** Every reply runs to max_tokens, reasoning included. */
  worstPerRequestUsd: Usd
  batch: BatchUse
  /** If all traffic went to this model, by component, batch share applied. */
  monthlyIfAll: CostComponents
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

/** What the counter measured for a model (see model-traits.ts); undefined while not known. */
export type CountedFor = (model: PricedModel) => CountedInput | undefined

/**
 * Costs per compared model and for the mix. `counted(model)` gives what the counter measured
 * for that model; models whose count is not known yet are left out.
 */
export function scenarioCosts(scenario: Scenario, models: readonly PricedModel[], counted: CountedFor): ScenarioCosts {
  const rows: ModelCost[] = []
  const unpriced: UnpricedModel[] = []
  scenario.modelIds.forEach((id, i) => {
    const model = models.find((m) => m.id === id)
    if (!model) return
    const priced = modelCost(scenario, model, scenario.mixPercents[i] ?? 0, counted(model))
    if (priced === undefined) return
    if ('reason' in priced) unpriced.push(priced)
    else rows.push(priced)
  })
  return {
    rows,
    unpriced,
    monthlyTotalUsd: usd(rows.reduce((sum, r) => sum + r.monthlyInMixUsd, 0)),
    worstMonthlyTotalUsd: usd(rows.reduce((sum, r) => sum + r.worstMonthlyInMixUsd, 0)),
  }
}

function modelCost(
  scenario: Scenario,
  model: PricedModel,
  sharePercent: number,
  counted: CountedInput | undefined,
): ModelCost | UnpricedModel | undefined {
  const asOf = scenario.pricingAsOf ?? undefined
  const price = priceAsOf(model, asOf)
  if (!price) return { model, reason: noPriceReason(model, asOf) }
  const { images } = scenario
  let imageTotal = 0
  if (images.count > 0) {
    if (!model.image_tokens)
      return { model, reason: 'images: not priced (no published image-token rule for this model)' }
    imageTotal = images.count * imageTokens(model.image_tokens, images.widthPx, images.heightPx, images.detail)
  }
  const textTokens = scenario.inputTokensOverride ?? counted?.billedInputTokens
  if (textTokens === undefined) return undefined

  const input = tokens(textTokens + imageTotal)
  const prices = requestPrices(price, input)
  const prefix = Math.min(scenario.prefixTokens ?? counted?.systemMessageTokens ?? 0, input)
  const promptCacheHitRate = scenario.promptCachePercent / 100
  // 0% means prompt caching is not used: no reads, and no cache writes either.
  const cachedTokens = promptCacheHitRate === 0 ? 0 : cachedPrefixTokens(model, prices, prefix)
  const reply = replyTokens(scenario, model)
  const { reasoningTokens } = reply
  const shape = { inputTokens: input, cachedTokens, promptCacheHitRate }
  const perRequest = requestComponents({ ...shape, ...reply }, prices)
  const perRequestUsd = sumComponents(perRequest)
  // Every reply at max_tokens. When the expected reply is max_tokens too, the two sums can differ
  // in the last bit (output and reasoning priced apart): the worst case is never shown below.
  const worstPerRequestUsd = usd(
    Math.max(
      perRequestUsd,
      sumComponents(requestComponents({ ...shape, outputTokens: scenario.maxTokens, reasoningTokens: 0 }, prices)),
    ),
  )

  const batch: BatchUse =
    scenario.batchPercent === 0 ? 'unused' : price.batch_discount === null ? 'no-batch-api' : 'applied'
  const blend = batchBlendFactor(scenario.batchPercent / 100, price.batch_discount)
  const responseCacheHitRate = scenario.responseCachePercent / 100
  const allRequests = apiRequestsPerMonth(scenario.volume, 1, responseCacheHitRate) * blend
  const mixRequests = apiRequestsPerMonth(scenario.volume, sharePercent / 100, responseCacheHitRate) * blend
  const monthlyIfAll = scaleComponents(perRequest, allRequests)
  return {
    model,
    price,
    prices,
    sharePercent,
    billedInputTokens: input,
    imageTokens: tokens(imageTotal),
    prefixTokens: prefix,
    cachedTokens,
    outputTokens: reply.outputTokens,
    reasoningTokens,
    capped: reply.capped,
    fit: {
      context: input <= model.context_window,
      maxOutput: scenario.maxTokens <= model.max_output_tokens,
    },
    perRequest,
    perRequestUsd,
    worstPerRequestUsd,
    batch,
    monthlyIfAll,
    monthlyIfAllUsd: usd(allRequests * perRequestUsd),
    worstMonthlyIfAllUsd: usd(allRequests * worstPerRequestUsd),
    monthlyInMixUsd: usd(mixRequests * perRequestUsd),
    worstMonthlyInMixUsd: usd(mixRequests * worstPerRequestUsd),
  }
}

/**
 * Tokens of one expected reply. max_tokens bounds everything a reply bills, reasoning included
 * (OpenAI's max_completion_tokens, Anthropic's max_tokens with a thinking budget, Gemini's
 * maxOutputTokens): a model reasons first, so reasoning takes max_tokens first and the output
 * gets what is left. So the expected reply never exceeds the worst case, every reply at max_tokens.
 */
export function replyTokens(
  scenario: Pick<Scenario, 'outputTokens' | 'maxTokens' | 'reasoningTokens'>,
  model: Pick<PricedModel, 'reasoning'>,
): { outputTokens: number; reasoningTokens: number; capped: boolean } {
  const asked = model.reasoning ? scenario.reasoningTokens : 0
  const reasoningTokens = Math.min(asked, scenario.maxTokens)
  const wanted = expectedOutputTokens(scenario)
  const outputTokens = Math.min(wanted, scenario.maxTokens - reasoningTokens)
  return { outputTokens, reasoningTokens, capped: reasoningTokens < asked || outputTokens < wanted }
}

/** True when the request does not fit the model (context window or maximum output). */
export const doesNotFit = (row: Pick<ModelCost, 'fit'>): boolean => !row.fit.context || !row.fit.maxOutput

/** True when some reply can run longer than expected, so the worst case is worth showing. */
export const hasWorstCase = (costs: ScenarioCosts): boolean =>
  costs.rows.some((row) => row.worstPerRequestUsd !== row.perRequestUsd)

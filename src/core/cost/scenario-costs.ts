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
import { replySeconds } from './latency.ts'
import {
  conversationTurns,
  itemsThatFit,
  messageRuleOf,
  type ConversationShape,
  type ItemsLimit,
  type TurnCost,
} from './workload.ts'

/** What the counter measured for the page's two boxes, as one model counts them. */
export interface CountedInput {
  /** System + user messages with chat overhead: the API's `usage.prompt_tokens`. */
  billedInputTokens: Tokens
  /** The system message with its overhead: the default cacheable prefix. */
  systemMessageTokens: Tokens
}

/** What the per-request figures of a row are per: one API request, or one whole conversation. */
export type CostUnit = 'request' | 'conversation'

/** Items packed into each request (turns = 1). */
export interface ItemsCost {
  /** Items per request as priced: those asked for, or as many as fit the model. */
  items: number
  asked: number
  /** What stopped more items fitting, when fewer than asked were priced. */
  limit: ItemsLimit | null
  perItemUsd: Usd
  worstPerItemUsd: Usd
}

/** A conversation of several requests (turns > 1): each turn, and each turn with every reply at max_tokens. */
export interface ConversationCost {
  turns: TurnCost[]
  worstTurns: TurnCost[]
  /** The same conversation with no prompt caching, for comparison. */
  uncachedUsd: Usd
}

/** How the batch lever applied to a model. */
export type BatchUse = 'unused' | 'applied' | 'no-batch-api'

export interface ModelCost {
  model: PricedModel
  /** The price row used. */
  price: PriceRow
  /**
   * `request`: the per-request figures are one API request. `conversation`: they are one whole
   * conversation (its turns summed), and `volume` counts conversations.
   */
  unit: CostUnit
  /** Set when items are packed into the requests (items > 1 or item tokens set; single requests only). */
  items: ItemsCost | null
  /** Set when `unit` is `conversation`. */
  conversation: ConversationCost | null
  /** The prices that bill this request shape (a long-context tier when it applies). */
  prices: RequestPrices
  sharePercent: number
  /** I: text (or the override), items and images; in a conversation, its last (largest) turn's. */
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
  /**
   * Seconds for one reply (each turn's, in a conversation), fastest and slowest, from the
   * person's measured speed of this model; null without one.
   */
  replySeconds: { low: number; high: number } | null
  /** This model's part of the mix total. */
  monthlyInMixUsd: Usd
  worstMonthlyInMixUsd: Usd
}

export interface UnpricedModel {
  model: PricedModel
  /** Why there is no cost: e.g. no price row in force on the "as of" date. */
  reason: string
}

/** Re-sending the cheapest model's failures to the priciest, and a classifier call per request. */
export interface RoutingCost {
  escalation: {
    from: ModelCost
    to: ModelCost
    ratePercent: number
    /** Requests sent again a month. */
    requests: number
    monthlyUsd: Usd
    worstMonthlyUsd: Usd
  } | null
  classifier: {
    model: PricedModel
    inputTokens: number
    outputTokens: number
    /** The input is the first compared model's count standing in for the classifier's own. */
    inputStandIn: boolean
    perRequestUsd: Usd
    monthlyUsd: Usd
  } | null
  /** Both together: part of the monthly totals. */
  monthlyUsd: Usd
  worstMonthlyUsd: Usd
}

export interface ScenarioCosts {
  rows: ModelCost[]
  unpriced: UnpricedModel[]
  /** Escalation and the classifier; null when neither is set (or has an effect). */
  routing: RoutingCost | null
  /** The mix, escalation and classifier included. */
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
  const routing = routingCost(scenario, rows, models, counted)
  return {
    rows,
    unpriced,
    routing,
    monthlyTotalUsd: usd(rows.reduce((sum, r) => sum + r.monthlyInMixUsd, 0) + (routing?.monthlyUsd ?? 0)),
    worstMonthlyTotalUsd: usd(
      rows.reduce((sum, r) => sum + r.worstMonthlyInMixUsd, 0) + (routing?.worstMonthlyUsd ?? 0),
    ),
  }
}

/**
 * Escalation: a share `e` of the requests the cheapest model of the mix answers (by cost per
 * request) are sent again to the priciest compared model, which bills them in full:
 *   escalated = volume × share(cheapest) × (1 − r) × e, each at the priciest model's cost.
 * Classifier: one call per request that reaches the API, on its own model, at standard prices:
 *   volume × (1 − r) × (classifier input × input price + classifier output × output price).
 */
function routingCost(
  scenario: Scenario,
  rows: readonly ModelCost[],
  models: readonly PricedModel[],
  counted: CountedFor,
): RoutingCost | null {
  let escalation: RoutingCost['escalation'] = null
  const inMix = rows.filter((r) => r.sharePercent > 0)
  if (scenario.escalationPercent > 0 && rows.length >= 2 && inMix.length > 0) {
    const from = inMix.reduce((a, b) => (b.perRequestUsd < a.perRequestUsd ? b : a))
    const to = rows.reduce((a, b) => (b.perRequestUsd > a.perRequestUsd ? b : a))
    if (from !== to) {
      const units = scenario.volume / (from.items?.items ?? 1)
      const requests =
        apiRequestsPerMonth(units, from.sharePercent / 100, scenario.responseCachePercent / 100) *
        (scenario.escalationPercent / 100)
      const blend = batchBlendFactor(scenario.batchPercent / 100, to.price.batch_discount)
      escalation = {
        from,
        to,
        ratePercent: scenario.escalationPercent,
        requests,
        monthlyUsd: usd(requests * blend * to.perRequestUsd),
        worstMonthlyUsd: usd(requests * blend * to.worstPerRequestUsd),
      }
    }
  }
  let classifier: RoutingCost['classifier'] = null
  const model = models.find((m) => m.id === scenario.classifierModelId)
  const price = model && priceAsOf(model, scenario.pricingAsOf ?? undefined)
  const first = rows[0]
  if (model && price && first) {
    const own = counted(model)?.billedInputTokens
    const inputTokens = scenario.classifierTokens ?? own ?? first.billedInputTokens
    const outputTokens = scenario.classifierOutputTokens
    const prices = requestPrices(price, tokens(inputTokens))
    const perRequestUsd = usd((inputTokens * prices.input + outputTokens * prices.output) / 1e6)
    // A call per API request: each turn of a conversation, each packed request.
    const perUnit = first.unit === 'conversation' ? scenario.turns : 1 / (first.items?.items ?? 1)
    const calls = apiRequestsPerMonth(scenario.volume * perUnit, 1, scenario.responseCachePercent / 100)
    classifier = {
      model,
      inputTokens,
      outputTokens,
      inputStandIn: scenario.classifierTokens === null && own === undefined,
      perRequestUsd,
      monthlyUsd: usd(calls * perRequestUsd),
    }
  }
  if (!escalation && !classifier) return null
  return {
    escalation,
    classifier,
    monthlyUsd: usd((escalation?.monthlyUsd ?? 0) + (classifier?.monthlyUsd ?? 0)),
    worstMonthlyUsd: usd((escalation?.worstMonthlyUsd ?? 0) + (classifier?.monthlyUsd ?? 0)),
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
  const shape: RowShape = { model, price, imageTotal, textTokens, systemTokens: counted?.systemMessageTokens ?? 0 }
  const priced = scenario.turns > 1 ? conversationRow(scenario, shape) : requestRow(scenario, shape)

  const batch: BatchUse =
    scenario.batchPercent === 0 ? 'unused' : price.batch_discount === null ? 'no-batch-api' : 'applied'
  const blend = batchBlendFactor(scenario.batchPercent / 100, price.batch_discount)
  const responseCacheHitRate = scenario.responseCachePercent / 100
  // Volume counts conversations, or items: a request carries `items` of them.
  const unitsPerMonth = scenario.volume / (priced.items?.items ?? 1)
  const allRequests = apiRequestsPerMonth(unitsPerMonth, 1, responseCacheHitRate) * blend
  const mixRequests = apiRequestsPerMonth(unitsPerMonth, sharePercent / 100, responseCacheHitRate) * blend
  const { perRequest, perRequestUsd, worstPerRequestUsd } = priced
  return {
    ...priced,
    model,
    price,
    sharePercent,
    imageTokens: tokens(imageTotal),
    fit: {
      context: priced.billedInputTokens <= model.context_window,
      maxOutput: scenario.maxTokens <= model.max_output_tokens,
    },
    batch,
    replySeconds: replyTime(scenario, model.id, priced.outputTokens + priced.reasoningTokens),
    monthlyIfAll: scaleComponents(perRequest, allRequests),
    monthlyIfAllUsd: usd(allRequests * perRequestUsd),
    worstMonthlyIfAllUsd: usd(allRequests * worstPerRequestUsd),
    monthlyInMixUsd: usd(mixRequests * perRequestUsd),
    worstMonthlyInMixUsd: usd(mixRequests * worstPerRequestUsd),
  }
}

function replyTime(scenario: Scenario, modelId: string, tokens: number) {
  const measured = scenario.latency.find((l) => l.modelId === modelId)
  return measured ? replySeconds(measured, tokens) : null
}

/** What every shape of workload starts from, for one model. */
interface RowShape {
  model: PricedModel
  price: PriceRow
  imageTotal: number
  /** The boxes' billed input (or the override): system, user message, priming. */
  textTokens: number
  /** The system message with its overhead. */
  systemTokens: number
}

/** The figures of a row that depend on the workload's shape. */
type ShapedRow = Pick<
  ModelCost,
  | 'unit'
  | 'items'
  | 'conversation'
  | 'prices'
  | 'billedInputTokens'
  | 'prefixTokens'
  | 'cachedTokens'
  | 'outputTokens'
  | 'reasoningTokens'
  | 'capped'
  | 'perRequest'
  | 'perRequestUsd'
  | 'worstPerRequestUsd'
>

/** Single requests, each carrying `items` items (1 and no item tokens: the boxes alone). */
function requestRow(scenario: Scenario, { model, price, imageTotal, textTokens, systemTokens }: RowShape): ShapedRow {
  const base = replyTokens(scenario, model)
  const packed = scenario.items > 1 || scenario.itemTokens > 0 || scenario.itemOutputTokens > 0
  const fitted = itemsThatFit(
    scenario.items,
    { inputTokens: scenario.itemTokens, outputTokens: scenario.itemOutputTokens },
    { inputTokens: textTokens + imageTotal, replyTokens: base.outputTokens + base.reasoningTokens },
    model,
  )
  const items = fitted.items
  const input = tokens(textTokens + items * scenario.itemTokens + imageTotal)
  const prices = requestPrices(price, input)
  const prefix = Math.min(scenario.prefixTokens ?? systemTokens, input)
  const promptCacheHitRate = scenario.promptCachePercent / 100
  // 0% means prompt caching is not used: no reads, and no cache writes either.
  const cachedTokens = promptCacheHitRate === 0 ? 0 : cachedPrefixTokens(model, prices, prefix)
  const reply = replyTokens(
    { ...scenario, outputTokens: expectedOutputTokens(scenario) + items * scenario.itemOutputTokens },
    model,
  )
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
  return {
    unit: 'request',
    items: packed
      ? {
          items,
          asked: scenario.items,
          limit: fitted.limit,
          perItemUsd: usd(perRequestUsd / items),
          worstPerItemUsd: usd(worstPerRequestUsd / items),
        }
      : null,
    conversation: null,
    prices,
    billedInputTokens: input,
    prefixTokens: prefix,
    cachedTokens,
    outputTokens: reply.outputTokens,
    reasoningTokens: reply.reasoningTokens,
    capped: reply.capped,
    perRequest,
    perRequestUsd,
    worstPerRequestUsd,
  }
}

/**
 * A conversation of `turns` requests (see workload.ts). Its first turn is the boxes' request,
 * or, with `turn_tokens` set, the system message and one message of that many tokens; each later
 * turn adds the reply before it and a new message of the same size. Figures are per conversation.
 */
function conversationRow(
  scenario: Scenario,
  { model, price, imageTotal, textTokens, systemTokens }: RowShape,
): ShapedRow {
  const rule = messageRuleOf(model)
  // The user message as counted (never below nothing: an input_tokens under the system message's).
  const counted = Math.max(0, textTokens - systemTokens - rule.priming)
  const message = scenario.turnTokens === null ? counted : scenario.turnTokens + rule.perMessage
  const firstText =
    scenario.turnTokens === null || scenario.inputTokensOverride !== null
      ? textTokens
      : systemTokens + message + rule.priming
  const reply = replyTokens(scenario, model)
  const shapeFor = (outputTokens: number): ConversationShape => ({
    turns: scenario.turns,
    firstInput: firstText + imageTotal,
    addedPerTurn: outputTokens + rule.perMessage + message,
    firstPrefix: scenario.prefixTokens ?? systemTokens,
  })
  const h = scenario.promptCachePercent / 100
  const turns = conversationTurns(shapeFor(reply.outputTokens), reply, model, price, h)
  const worstReply = { outputTokens: scenario.maxTokens, reasoningTokens: 0 }
  const worstTurns = conversationTurns(shapeFor(scenario.maxTokens), worstReply, model, price, h)
  const uncached = conversationTurns(shapeFor(reply.outputTokens), reply, model, price, 0)
  const perRequest = sumTurns(turns)
  const perRequestUsd = sumComponents(perRequest)
  const last = turns.at(-1)!
  return {
    unit: 'conversation',
    items: null,
    conversation: { turns, worstTurns, uncachedUsd: sumComponents(sumTurns(uncached)) },
    prices: requestPrices(price, last.inputTokens),
    billedInputTokens: last.inputTokens,
    prefixTokens: last.prefixTokens,
    cachedTokens: last.cachedTokens,
    outputTokens: reply.outputTokens,
    reasoningTokens: reply.reasoningTokens,
    capped: reply.capped,
    perRequest,
    perRequestUsd,
    worstPerRequestUsd: usd(Math.max(perRequestUsd, sumComponents(sumTurns(worstTurns)))),
  }
}

const sumTurns = (turns: readonly TurnCost[]): CostComponents =>
  turns.reduce<CostComponents>(
    (sum, turn) => ({
      uncachedInput: usd(sum.uncachedInput + turn.components.uncachedInput),
      cachedInput: usd(sum.cachedInput + turn.components.cachedInput),
      cacheWrite: usd(sum.cacheWrite + turn.components.cacheWrite),
      output: usd(sum.output + turn.components.output),
      reasoning: usd(sum.reasoning + turn.components.reasoning),
    }),
    scaleComponents(turns[0]!.components, 0),
  )

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

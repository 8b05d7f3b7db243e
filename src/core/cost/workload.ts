import { REPLY_PRIMING_TOKENS, TOKENS_PER_MESSAGE } from '../chat/chat-input-tokens.ts'
import type { PricedModel, PriceRow } from '../pricing/pricing-schema.ts'
import { tokens, usd, type Tokens, type Usd } from '../units.ts'
import {
  cachedPrefixTokens,
  minimumCachedTokens,
  requestComponents,
  requestPrices,
  sumComponents,
  type CostComponents,
} from './request-cost.ts'

/**
 * How a model wraps each message of a conversation: `perMessage` tokens around each message's
 * content (role included), `priming` once per request for the reply.
 */
export interface MessageRule {
  perMessage: number
  priming: number
}

/**
 * OpenAI cookbook, `num_tokens_from_messages`: 3 per message plus the role, which is one token
 * ("user", "assistant", "tool", "system") in every OpenAI encoding; 3 to prime the reply. The
 * same rule stands in for other chat templates (a Llama template wraps a message in about as many).
 */
export const COOKBOOK_RULE: MessageRule = { perMessage: TOKENS_PER_MESSAGE + 1, priming: REPLY_PRIMING_TOKENS }
/** Providers that bill the texts alone (no chat template). */
export const TEXTS_ONLY_RULE: MessageRule = { perMessage: 0, priming: 0 }

export const messageRuleOf = (model: Pick<PricedModel, 'chat_template'>): MessageRule =>
  model.chat_template === false ? TEXTS_ONLY_RULE : COOKBOOK_RULE

/**
 * A conversation (or agent loop) of `turns` requests. Turn k sends the system message, every
 * earlier message and reply, and one new message, so each turn's input is the one before it
 * plus the reply to it and the new message:
 *   input(k) = firstInput + (k − 1) × addedPerTurn.
 */
export interface ConversationShape {
  turns: number
  /** Billed input of turn 1: system message, first message, reply priming (and images). */
  firstInput: number
  /** What each later turn adds: the previous reply and a new message, each with its overhead. */
  addedPerTurn: number
  /** The cacheable prefix of turn 1 (later turns: the whole request before them). */
  firstPrefix: number
}

export const turnInputTokens = (shape: ConversationShape, turn: number): Tokens =>
  tokens(shape.firstInput + (turn - 1) * shape.addedPerTurn)

export interface TurnCost {
  /** 1-based. */
  turn: number
  inputTokens: Tokens
  /** The prefix repeated from the turn before (turn 1: the scenario's prefix). */
  prefixTokens: number
  /** Of it, the tokens the provider caches. */
  cachedTokens: number
  /** The long-context tier's threshold when this turn's input crosses it. */
  tierAboveInputTokens: number | null
  components: CostComponents
  usd: Usd
}

/**
 * Each turn at standard prices. With prompt caching on (hit rate `h` > 0), turn k reads the
 * request before it from the cache: at OpenAI the cached part in 1,024 + 128-token steps, no
 * fee to write; where writing costs (Anthropic), each turn writes what it adds (the whole request
 * on a miss), so the next turn can read it, once the request reaches the model's minimum.
 */
export function conversationTurns(
  shape: ConversationShape,
  reply: { outputTokens: number; reasoningTokens: number },
  model: Pick<PricedModel, 'provider' | 'min_cacheable_tokens'>,
  row: PriceRow,
  promptCacheHitRate: number,
): TurnCost[] {
  const h = promptCacheHitRate
  const turns: TurnCost[] = []
  for (let turn = 1; turn <= shape.turns; turn++) {
    const input = turnInputTokens(shape, turn)
    const prices = requestPrices(row, input)
    const prefix = turn === 1 ? Math.min(shape.firstPrefix, input) : turnInputTokens(shape, turn - 1)
    const cached = h === 0 ? 0 : cachedPrefixTokens(model, prices, prefix)
    let components: CostComponents
    if (h === 0 || prices.cacheWrite === null) {
      components = requestComponents(
        { inputTokens: input, cachedTokens: cached, promptCacheHitRate: h, ...reply },
        prices,
      )
    } else {
      const writable =
        prices.cachedInput !== null && model.min_cacheable_tokens !== null && input >= minimumCachedTokens(model)
      const writtenOnHit = writable ? input - cached : 0
      const writtenOnMiss = writable ? input : 0
      const perM = (n: number) => usd(n / 1e6)
      components = {
        uncachedInput: perM((h * (input - cached - writtenOnHit) + (1 - h) * (input - writtenOnMiss)) * prices.input),
        cachedInput: perM(h * cached * (prices.cachedInput ?? 0)),
        cacheWrite: perM((h * writtenOnHit + (1 - h) * writtenOnMiss) * prices.cacheWrite),
        output: perM(reply.outputTokens * prices.output),
        reasoning: perM(reply.reasoningTokens * prices.output),
      }
    }
    turns.push({
      turn,
      inputTokens: input,
      prefixTokens: prefix,
      cachedTokens: cached,
      tierAboveInputTokens: prices.tierAboveInputTokens,
      components,
      usd: sumComponents(components),
    })
  }
  return turns
}

/** Why fewer items go in one request than were asked for. */
export type ItemsLimit = 'context' | 'max-output'

/**
 * How many of `asked` items fit in one request: the input within the model's context window,
 * the reply (with its reasoning) within its maximum output. At least one.
 */
export function itemsThatFit(
  asked: number,
  item: { inputTokens: number; outputTokens: number },
  base: { inputTokens: number; replyTokens: number },
  model: Pick<PricedModel, 'context_window' | 'max_output_tokens'>,
): { items: number; limit: ItemsLimit | null } {
  const byContext =
    item.inputTokens > 0 ? Math.floor((model.context_window - base.inputTokens) / item.inputTokens) : Infinity
  const byOutput =
    item.outputTokens > 0 ? Math.floor((model.max_output_tokens - base.replyTokens) / item.outputTokens) : Infinity
  const fits = Math.max(1, Math.min(byContext, byOutput))
  if (asked <= fits) return { items: asked, limit: null }
  return { items: fits, limit: byContext <= byOutput ? 'context' : 'max-output' }
}

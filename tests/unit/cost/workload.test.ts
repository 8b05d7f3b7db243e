import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { chatInputTokens, type ChatMessage } from '../../../src/core/chat/chat-input-tokens.ts'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import {
  conversationTurns,
  COOKBOOK_RULE,
  itemsThatFit,
  turnInputTokens,
  type ConversationShape,
} from '../../../src/core/cost/workload.ts'
import { formatMonthlyUsd, formatRequestUsd } from '../../../src/core/format/format-usd.ts'
import type { EncodingName } from '../../../src/core/tokenize/encodings.ts'
import { tokens } from '../../../src/core/units.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'
import { emptyBoxes, miniAlone } from './one-model.ts'
import { assertProperty } from '../property.ts'
import { tiktokenCount } from '../tiktoken-oracle.ts'

const models = fixtureRelease().models
const model = (id: string) => models.find((m) => m.id === id)!
/** gpt-3.5-turbo's limits: a 16,385-token context window, 4,096 tokens of output. */
const turbo = { ...model('gpt-3.5-turbo'), context_window: 16385, max_output_tokens: 4096 }
/** Priced as claude-opus-4-8: input $5, cache read $0.50, cache write $6.25 per M; minimum 1,024. */
const claude = {
  ...model('gpt-4o-mini'),
  id: 'claude',
  provider: 'anthropic',
  prices: [{ ...model('gpt-4o-mini').prices[0]!, input: 5, cached_input: 0.5, cache_write: 6.25, output: 25 }],
}
const scenario = miniAlone

describe('a conversation', () => {
  it('re-sends its history each turn: the issue’s check, by hand', () => {
    // No system message; turns=3&turn_tokens=100&output=200 on gpt-4o-mini, no caching.
    // Turn 1: (3 + 1 + 100) + 3 = 107. Each later turn adds the reply (3 + 1 + 200) and a new
    // message (3 + 1 + 100): 107 + 308 = 415, 415 + 308 = 723. Input 1,245 × $0.15/M =
    // $0.00018675; output 600 × $0.60/M = $0.00036; $0.00054675 a conversation.
    const costs = scenarioCosts(
      scenario({ turns: 3, turnTokens: 100, outputTokens: 200, volume: 1_000_000 }),
      models,
      emptyBoxes,
    )
    const row = costs.rows[0]!
    expect(row.unit).toBe('conversation')
    expect(row.conversation!.turns.map((t) => t.inputTokens)).toEqual([107, 415, 723])
    expect(row.conversation!.turns.reduce((sum, t) => sum + t.components.output, 0)).toBeCloseTo(600 * 0.6e-6, 12)
    expect(row.perRequestUsd).toBeCloseTo(0.00054675, 12)
    expect(formatRequestUsd(row.perRequestUsd)).toBe('$0.000547')
    // Volume counts conversations: 1,000,000 × $0.00054675.
    expect(formatMonthlyUsd(row.monthlyIfAllUsd)).toBe('$546.75')
    // The last turn is the largest request, the one that must fit the context window.
    expect(row.billedInputTokens).toBe(723)
    // Worst case: every reply at max_tokens (1,000): inputs 107, 1,215, 2,323; output 3,000.
    expect(row.worstPerRequestUsd).toBeCloseTo((3645 * 0.15 + 3000 * 0.6) / 1e6, 12)
  })

  it('without turn_tokens, each new message is the user prompt as counted', () => {
    // System message 13 tokens with its overhead; the prompt 40 tokens: billed 13 + 44 + 3 = 60.
    const costs = scenarioCosts(scenario({ turns: 2, outputTokens: 10 }), models, () => ({
      billedInputTokens: tokens(60),
      systemMessageTokens: tokens(13),
    }))
    // Turn 2: 60 + (10 + 4) + 44 = 118.
    expect(costs.rows[0]!.conversation!.turns.map((t) => t.inputTokens)).toEqual([60, 118])
  })

  it('never sends less than the turn before, even with input_tokens under the system message', () => {
    const costs = scenarioCosts(scenario({ turns: 3, inputTokensOverride: 5, outputTokens: 10 }), models, () => ({
      billedInputTokens: tokens(60),
      systemMessageTokens: tokens(13),
    }))
    // The new message counts as nothing: each turn adds the reply (10 + 4) alone.
    expect(costs.rows[0]!.conversation!.turns.map((t) => t.inputTokens)).toEqual([5, 19, 33])
  })

  it.each<EncodingName>(['o200k_base', 'cl100k_base'])(
    'counts each turn as the cookbook counts the messages it sends (%s, against tiktoken)',
    (encoding) => {
      const count = (text: string) => tokens(tiktokenCount(encoding, text))
      assertProperty(
        fc.property(
          fc.string({ maxLength: 40 }),
          fc.string({ maxLength: 40 }),
          fc.string({ maxLength: 40 }),
          fc.integer({ min: 1, max: 5 }),
          (system, user, reply, turns) => {
            const head: ChatMessage[] = system === '' ? [] : [{ role: 'system', content: system }]
            const first = chatInputTokens([...head, { role: 'user', content: user }], count)
            const shape: ConversationShape = {
              turns,
              firstInput: first,
              addedPerTurn: count(reply) + COOKBOOK_RULE.perMessage + count(user) + COOKBOOK_RULE.perMessage,
              firstPrefix: 0,
            }
            const sent = [...head]
            for (let turn = 1; turn <= turns; turn++) {
              if (turn > 1) sent.push({ role: 'assistant', content: reply })
              sent.push({ role: 'user', content: user })
              expect(turnInputTokens(shape, turn)).toBe(chatInputTokens(sent, count))
            }
          },
        ),
        { numRuns: 150 },
      )
    },
  )

  it('reads the turn before from OpenAI’s cache in 128-token steps, with no write fee', () => {
    // Turn 2 sends 1,600 tokens; the 1,100 of turn 1 are its prefix, of which 1,024 cache.
    const shape = { turns: 2, firstInput: 1100, addedPerTurn: 500, firstPrefix: 0 }
    const [one, two] = conversationTurns(
      shape,
      { outputTokens: 0, reasoningTokens: 0 },
      model('gpt-4o-mini'),
      model('gpt-4o-mini').prices[0]!,
      1,
    )
    expect(one!.usd).toBeCloseTo((1100 * 0.15) / 1e6, 15)
    expect(two!.cachedTokens).toBe(1024)
    // 1,024 × $0.075/M + 576 × $0.15/M = (76.8 + 86.4) / 1e6
    expect(two!.usd).toBeCloseTo(163.2 / 1e6, 15)
  })

  it('writes what each turn adds where the provider charges for cache writes (Anthropic)', () => {
    // Turn 1 writes its 2,000 tokens: 2,000 × 6.25 = 12,500. Turn 2 reads them (2,000 × 0.5 =
    // 1,000) and writes the 1,000 it adds (6,250). $0.01975, against $0.025 uncached.
    const shape = { turns: 2, firstInput: 2000, addedPerTurn: 1000, firstPrefix: 0 }
    const reply = { outputTokens: 0, reasoningTokens: 0 }
    const cached = conversationTurns(shape, reply, claude, claude.prices[0]!, 1)
    expect(cached.map((t) => t.components.cacheWrite * 1e6)).toEqual([12500, 6250])
    expect(cached.reduce((sum, t) => sum + t.usd, 0)).toBeCloseTo(0.01975, 12)
    const uncached = conversationTurns(shape, reply, claude, claude.prices[0]!, 0)
    expect(uncached.reduce((sum, t) => sum + t.usd, 0)).toBeCloseTo(0.025, 12)
    // A miss (half the turns) writes the whole request and reads nothing.
    const half = conversationTurns(shape, reply, claude, claude.prices[0]!, 0.5)
    // Turn 2: hit 1,000 + 6,250; miss 3,000 × 6.25 = 18,750; on average 13,000.
    expect(half[1]!.usd * 1e6).toBeCloseTo(13000, 6)
  })
})

describe('items packed into a request', () => {
  it('prices each item at the request’s cost over its items: the issue’s check, by hand', () => {
    // input_tokens=500&items=10&item_tokens=50&item_output=20&output=0 on gpt-4o-mini:
    // 1,000 input × $0.15/M + 200 output × $0.60/M = $0.00027 a request, $0.000027 an item.
    const costs = scenarioCosts(
      scenario({ inputTokensOverride: 500, items: 10, itemTokens: 50, itemOutputTokens: 20, outputTokens: 0 }),
      models,
      () => undefined,
    )
    const row = costs.rows[0]!
    expect(row.billedInputTokens).toBe(1000)
    expect(row.outputTokens).toBe(200)
    expect(row.items!.perItemUsd).toBeCloseTo(0.000027, 12)
    expect(formatRequestUsd(row.items!.perItemUsd)).toBe('$0.0000270')
    // Volume counts items: 1,000,000 items in 100,000 requests of $0.00027.
    expect(formatMonthlyUsd(row.monthlyIfAllUsd)).toBe('$27.00')
  })

  it('packs no more than the model takes, and says which limit stopped it', () => {
    // Output: (4,096 − 100) / 20 = 199.8 → 199 items; input: (16,385 − 500) / 50 = 317.
    expect(
      itemsThatFit(1000, { inputTokens: 50, outputTokens: 20 }, { inputTokens: 500, replyTokens: 100 }, turbo),
    ).toEqual({ items: 199, limit: 'max-output' })
    expect(
      itemsThatFit(1000, { inputTokens: 50, outputTokens: 1 }, { inputTokens: 500, replyTokens: 100 }, turbo),
    ).toEqual({ items: 317, limit: 'context' })
    expect(
      itemsThatFit(300, { inputTokens: 50, outputTokens: 1 }, { inputTokens: 500, replyTokens: 0 }, turbo),
    ).toEqual({ items: 300, limit: null })
    const costs = scenarioCosts(
      scenario({
        inputTokensOverride: 500,
        items: 1000,
        itemTokens: 50,
        itemOutputTokens: 20,
        outputTokens: 100,
        maxTokens: 4096,
        volume: 199_000,
      }),
      [{ ...turbo, id: 'gpt-4o-mini' }],
      () => undefined,
    )
    const row = costs.rows[0]!
    expect(row.items).toMatchObject({ items: 199, asked: 1000, limit: 'max-output' })
    // 1,000 requests of 500 + 9,950 input and 100 + 3,980 output.
    expect(row.monthlyIfAllUsd).toBeCloseTo(1000 * ((10450 * 0.5 + 4080 * 1.5) / 1e6), 9)
  })

  it('leaves single requests as they were', () => {
    const plain = scenarioCosts(scenario({ inputTokensOverride: 500 }), models, () => undefined).rows[0]!
    expect(plain.items).toBeNull()
    expect(plain.conversation).toBeNull()
    expect(plain.unit).toBe('request')
    expect(formatRequestUsd(plain.perRequestUsd)).toBe('$0.000675')
  })
})

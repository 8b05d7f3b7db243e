import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { countRequestParts, laidOutMessages, withRequestParts } from '../../../src/core/chat/request-parts.ts'
import { parseTools } from '../../../src/core/chat/tool-tokens.ts'
import { countPrompt } from '../../../src/core/tokenize/count-prompt.ts'
import { loadCounter, type EncodingName } from '../../../src/core/tokenize/encodings.ts'
import { assertProperty } from '../property.ts'
import { referenceCount, vocabulary } from '../vocabulary-oracle.ts'
import { tokens } from '../../../src/core/units.ts'
import { SIX_MESSAGES, WEATHER_SYSTEM, WEATHER_TOOLS, WEATHER_USER } from './cookbook-examples.ts'

// The cookbook's six messages: the first and the last are the boxes, the four between are parts.
const FIRST_SYSTEM = SIX_MESSAGES[0]!.content
const EXAMPLES = SIX_MESSAGES.slice(1, -1)
const LAST_USER = SIX_MESSAGES.at(-1)!.content

async function billed(
  encoding: EncodingName,
  system: string,
  user: string,
  parts: Parameters<typeof countRequestParts>[0],
) {
  const count = await countPrompt(encoding, system, user)
  return withRequestParts(count, countRequestParts(parts, await loadCounter(encoding), encoding))
}

describe('the request beyond the two boxes', () => {
  it.each([
    ['o200k_base', 101],
    ['cl100k_base', 105],
  ] as const)(
    'tools: the cookbook’s get_current_weather request bills %s %i input tokens',
    async (encoding, expected) => {
      const count = await billed(encoding, WEATHER_SYSTEM, WEATHER_USER, {
        messages: [],
        tools: WEATHER_TOOLS,
        responseFormat: '',
      })
      expect(count.billedInputTokens).toBe(expected)
    },
  )

  it.each([
    ['o200k_base', 124],
    ['cl100k_base', 129],
  ] as const)('messages: the cookbook’s six-message request bills %s %i input tokens', async (encoding, expected) => {
    const count = await billed(encoding, FIRST_SYSTEM, LAST_USER, { messages: EXAMPLES, tools: '', responseFormat: '' })
    expect(count.billedInputTokens).toBe(expected)
    // The examples come before the prompt in every request: the default cacheable prefix holds them.
    const plain = await countPrompt(encoding, FIRST_SYSTEM, LAST_USER)
    expect(count.systemMessageTokens - plain.systemMessageTokens).toBe(expected - plain.billedInputTokens)
  })

  it('reads a single tool or a whole request body, and names where a tool is wrong', () => {
    const one = JSON.parse(WEATHER_TOOLS)[0]
    expect(parseTools(JSON.stringify(one))).toMatchObject({ ok: true, data: [one] })
    expect(parseTools(JSON.stringify({ model: 'gpt-4o', tools: [one] }))).toMatchObject({ ok: true, data: [one] })
    expect(parseTools('[{"type":"function","function":{"description":"no name"}}]')).toEqual({
      ok: false,
      reason: 'Tools: at 0.function.name, Invalid key: Expected "name" but received undefined.',
    })
    expect(parseTools('[{')).toMatchObject({ ok: false })
    expect(parseTools('  ')).toEqual({ ok: true, data: [] })
  })

  it('counts a response format as its compact JSON, and leaves out what does not read, saying why', async () => {
    const count = await loadCounter('o200k_base')
    const schema = { type: 'json_schema', json_schema: { name: 'answer', schema: { type: 'object' } } }
    const parts = countRequestParts(
      { messages: [], tools: '{', responseFormat: JSON.stringify(schema, null, 2) },
      count,
      'o200k_base',
    )
    expect(parts.responseFormatTokens).toBe(count(JSON.stringify(schema)))
    expect(parts.toolsTokens).toBe(0)
    expect(parts.errors).toHaveLength(1)
    expect(parts.errors[0]).toMatch(/^Tools: not JSON/)
  })

  it('never throws and never counts below zero, whatever the JSON', async () => {
    const count = await loadCounter('o200k_base')
    assertProperty(
      fc.property(fc.oneof(fc.string(), fc.json()), fc.oneof(fc.string(), fc.json()), (tools, format) => {
        const parts = countRequestParts({ messages: [], tools, responseFormat: format }, count, 'o200k_base')
        expect(parts.toolsTokens).toBeGreaterThanOrEqual(0)
        expect(parts.responseFormatTokens).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 500 },
    )
  })
})

describe('the messages between the boxes, laid out by an open vocabulary’s template', () => {
  it('add what the template lays out for them, as the reference library counts the whole request', async () => {
    const name = 'llama-3'
    const vocab = vocabulary(name)
    const messages = [
      { role: 'user' as const, content: 'Earlier question 東京?' },
      { role: 'assistant' as const, content: 'Earlier answer <|eot_id|> kept as text?' },
    ]
    const system = 'Be brief.'
    const user = 'And now?'
    const laidOut = laidOutMessages(vocab, messages, system, user)!
    const parts = countRequestParts({ messages, tools: '', responseFormat: '' }, (t) => tokens(vocab.count(t)), name, {
      laidOutTokens: tokens(vocab.count(laidOut.with) - vocab.count(laidOut.without)),
    })
    const whole = vocab.layOutMessages([
      { role: 'system', content: system },
      ...messages,
      { role: 'user', content: user },
    ])
    const alone = vocab.layOut(system, user)
    expect([laidOut.with, laidOut.without]).toEqual([whole, alone])
    expect(parts.messagesTokens).toBe((await referenceCount(name, whole)) - (await referenceCount(name, alone)))
    expect(parts.messagesEstimated).toBe(false)
  })
})

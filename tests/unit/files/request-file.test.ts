import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { countBatchFile } from '../../../src/core/files/batch-file.ts'
import { batchFileCost, spreadOf } from '../../../src/core/files/batch-file-cost.ts'
import { readRequestFile, requestIntoBoxes } from '../../../src/core/files/request-file.ts'
import { DEFAULT_SCENARIO } from '../../../src/core/scenario/scenario.ts'
import { loadCounter } from '../../../src/core/tokenize/encodings.ts'
import { SIX_MESSAGES, WEATHER_SYSTEM, WEATHER_TOOLS, WEATHER_USER } from '../chat/cookbook-examples.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'
import { assertProperty } from '../property.ts'

const weatherBody = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: WEATHER_SYSTEM },
    { role: 'user', content: WEATHER_USER },
  ],
  tools: JSON.parse(WEATHER_TOOLS),
  max_tokens: 100,
}

describe('reading a file', () => {
  it('takes any text file as the prompt', () => {
    expect(readRequestFile('notes.md', '# Title\r\nbody')).toEqual({
      ok: true,
      data: { kind: 'text', text: '# Title\r\nbody' },
    })
  })

  it('reads a .json request body with its tools, response format and max_tokens, and lays it into the boxes', () => {
    const read = readRequestFile(
      'request.json',
      `\uFEFF${JSON.stringify({ ...weatherBody, response_format: { type: 'json_object' } })}`,
    )
    expect(read.ok && read.data.kind).toBe('request')
    if (!read.ok || read.data.kind !== 'request') return
    const { request } = read.data
    expect(request.maxTokens).toBe(100)
    expect(JSON.parse(request.tools)).toEqual(JSON.parse(WEATHER_TOOLS))
    expect(request.responseFormat).toBe('{"type":"json_object"}')
    expect(requestIntoBoxes(request)).toEqual({
      system: WEATHER_SYSTEM,
      prompt: WEATHER_USER,
      messages: [],
      emptyUserAdded: false,
    })
  })

  it('reads a file of tool definitions alone as the request’s tools', () => {
    const tools = JSON.parse(WEATHER_TOOLS) as object[]
    expect(readRequestFile('tools.json', WEATHER_TOOLS)).toEqual({
      ok: true,
      data: { kind: 'tools', tools: WEATHER_TOOLS },
    })
    expect(readRequestFile('tools.json', JSON.stringify({ tools }))).toEqual({
      ok: true,
      data: { kind: 'tools', tools: WEATHER_TOOLS },
    })
    expect(readRequestFile('tool.json', JSON.stringify(tools[0]))).toEqual({
      ok: true,
      data: { kind: 'tools', tools: WEATHER_TOOLS },
    })
  })

  it('reads a bare messages array; the named system messages go between the boxes', () => {
    const read = readRequestFile('six.json', JSON.stringify(SIX_MESSAGES))
    if (!read.ok || read.data.kind !== 'request') throw new Error('not read')
    const boxes = requestIntoBoxes(read.data.request)
    expect(boxes.system).toBe(SIX_MESSAGES[0]!.content)
    expect(boxes.prompt).toBe(SIX_MESSAGES[5]!.content)
    expect(boxes.messages).toEqual(SIX_MESSAGES.slice(1, 5))
  })

  it('joins text content parts and says what it leaves out', () => {
    const read = readRequestFile(
      'parts.json',
      JSON.stringify({
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Look ' },
              { type: 'image_url', image_url: { url: 'x' } },
              { type: 'text', text: 'here' },
            ],
          },
          { role: 'assistant', content: null, tool_calls: [{ id: '1' }] },
        ],
      }),
    )
    if (!read.ok || read.data.kind !== 'request') throw new Error('not read')
    expect(read.data.request.messages.map((m) => m.content)).toEqual(['Look here', ''])
    expect(read.data.request.notes).toEqual([
      'image_url parts are not counted (set images with the image levers)',
      'tool calls in assistant messages are not counted',
    ])
  })

  it('reads a .jsonl of Batch API lines or bare request bodies, and names the line and field that do not read', () => {
    const batchLine = (body: object) =>
      JSON.stringify({ custom_id: 'r', method: 'POST', url: '/v1/chat/completions', body })
    const good = [
      batchLine(weatherBody),
      '',
      JSON.stringify({ messages: SIX_MESSAGES }),
      JSON.stringify(SIX_MESSAGES),
    ].join('\n')
    const read = readRequestFile('batch.jsonl', good)
    expect(read.ok && read.data.kind === 'batch' && read.data.requests.length).toBe(3)
    const bad = [batchLine(weatherBody), batchLine({ messages: [{ role: 'robot', content: 'x' }] })].join('\n')
    expect(readRequestFile('batch.jsonl', bad)).toEqual({
      ok: false,
      reason: 'batch.jsonl, line 2: body.messages[0].role: expected one of system, developer, user, assistant, tool.',
    })
    expect(readRequestFile('batch.jsonl', `${batchLine(weatherBody)}\n{"messages": [`)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^batch\.jsonl, line 2: not JSON/),
    })
    expect(readRequestFile('batch.jsonl', '{"max_tokens": 5}')).toEqual({
      ok: false,
      reason: 'batch.jsonl, line 1: messages: expected an array of messages.',
    })
    expect(readRequestFile('empty.jsonl', '\n\n')).toEqual({
      ok: false,
      reason: 'empty.jsonl: no requests (every line is empty).',
    })
  })

  it('never throws, whatever the file holds', () => {
    assertProperty(
      fc.property(
        fc.constantFrom('a.json', 'a.jsonl', 'a.txt'),
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.array(fc.json()).map((l) => l.join('\n')),
        ),
        (name, text) => {
          const read = readRequestFile(name, text)
          expect(typeof read.ok).toBe('boolean')
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('a batch file, counted', () => {
  it('bills each request as the API did for the cookbook’s examples: 101 and 124 on o200k_base', async () => {
    const line = (body: object) => JSON.stringify({ custom_id: 'r', method: 'POST', url: '/v1/chat/completions', body })
    const file = [line(weatherBody), line({ messages: SIX_MESSAGES })].join('\n')
    const counted = await countBatchFile('batch.jsonl', file, ['o200k_base', 'cl100k_base'], (c) =>
      loadCounter(c as 'o200k_base'),
    )
    expect(counted).toMatchObject({
      ok: true,
      data: { maxTokens: [100, null], inputs: { o200k_base: [101, 124], cl100k_base: [105, 129] } },
    })
  })

  it('gives min, median, P95 (nearest rank) and max', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i)
    expect(spreadOf(twenty)).toEqual({ min: 1, median: 10.5, p95: 19, max: 20 })
    expect(spreadOf([7])).toEqual({ min: 7, median: 7, p95: 7, max: 7 })
  })

  it('prices the whole file at standard and batch prices, each reply within its own max_tokens', () => {
    // gpt-4o-mini ($0.15 in, $0.60 out per M): inputs 1,000 and 3,000; replies 100 (its own
    // max_tokens) and 500 (the scenario's): (4,000 × 0.15 + 600 × 0.6) / 1e6 = $0.00096; batch half.
    const [mini] = fixtureRelease().models
    const cost = batchFileCost({ maxTokens: [100, null] }, [1000, 3000], mini!, mini!.prices[0]!, {
      ...DEFAULT_SCENARIO,
      maxTokens: 500,
    })
    expect(cost.standardUsd).toBeCloseTo(0.00096, 12)
    expect(cost.batchUsd).toBeCloseTo(0.00048, 12)
    expect(cost.tooLong).toBe(0)
  })
})

import { bytesToBase64Url } from '../../../src/core/url/base64url.ts'
import { deflateText, inflateText } from '../../../src/core/url/deflate.ts'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO, type Scenario } from '../../../src/core/scenario/scenario.ts'
import { applyScenarioParams, parseScenarioParams } from '../../../src/core/url/scenario-params.ts'
import { linkKind, MAX_LINK_CHARS, readFragment, shareLink } from '../../../src/core/url/share-link.ts'
import { V1_LINK, V1_PROMPT } from './share-link-fixtures.ts'

const everyLever: Scenario = {
  prompt: 'Summarise <|endoftext|> & reply in français 🇫🇷',
  system: 'Be brief.',
  messages: [
    { role: 'user', name: 'example_user', content: 'Sum up: "a, b"' },
    { role: 'assistant', content: 'a and b\r\n🦊' },
    { role: 'tool', content: '{"temp": 21}' },
  ],
  tools: '[{"type":"function","function":{"name":"f"}}]',
  responseFormat: '{"type":"json_object"}',
  modelIds: ['gpt-4o-mini', 'gpt-4o', 'custom'],
  mixPercents: [60, 25.5, 14.5],
  volume: 2_500_000,
  maxTokens: 800,
  outputTokens: 250,
  inputTokensOverride: null,
  responseCachePercent: 12.5,
  prefixTokens: 1500,
  promptCachePercent: 70,
  batchPercent: 30,
  reasoningTokens: 400,
  images: { count: 2, widthPx: 1920, heightPx: 1080, detail: 'low' },
  escalationPercent: 12.5,
  classifierModelId: 'gpt-4o-mini',
  classifierTokens: 300,
  classifierOutputTokens: 2,
  latency: [
    { modelId: 'gpt-4o-mini', ttftMs: { low: 300, high: 600 }, tokensPerSecond: { low: 60, high: 110.5 } },
    { modelId: 'gpt-4o', ttftMs: { low: 500, high: 500 }, tokensPerSecond: { low: 40, high: 40 } },
  ],
  turns: 6,
  turnTokens: 120,
  items: 25,
  itemTokens: 40,
  itemOutputTokens: 15,
  customModel: {
    name: 'Ours, "tuned"',
    inputUsdPerMTok: 0.3,
    outputUsdPerMTok: 1.2,
    cachedInputUsdPerMTok: 0.03,
    batchDiscountPercent: 50,
  },
  pricingAsOf: '2025-06-30',
}

/** What the page does with a link: check it, read the fragment, apply the parameters. */
async function open(search: string, hash: string): Promise<Scenario> {
  expect(linkKind(search)).toEqual({ kind: 'share', version: 1 })
  const fragment = await readFragment(hash)
  if (fragment && !fragment.ok) throw new Error(fragment.reason)
  const { value, notices } = parseScenarioParams(search)
  expect(notices).toEqual([])
  const payload = fragment?.data
  const applied = applyScenarioParams(
    {
      ...value,
      ...(payload?.prompt !== undefined && { prompt: payload.prompt, system: payload.system }),
      ...(payload?.messages && { messages: payload.messages }),
      ...(payload?.tools !== undefined && { tools: payload.tools }),
      ...(payload?.response_format !== undefined && { responseFormat: payload.response_format }),
    },
    (id) => id,
  )
  return { ...applied.value, customModel: payload?.custom ?? null }
}

describe('share links', () => {
  it('reproduce every lever: levers in readable parameters, texts only in the fragment', async () => {
    const link = await shareLink(everyLever)
    expect(link.search).toContain('&volume=2500000&')
    // A query reaches the host with the page request; the texts must not.
    expect(decodeURIComponent(link.search)).not.toMatch(
      /Summarise|Be brief|prompt=|system=|example_user|function|json_object/,
    )
    expect(link.hash.startsWith('#z=')).toBe(true)
    expect(await open(link.search, link.hash)).toEqual(everyLever)
  })

  it('put a 50 KB prompt into a compressed fragment that fits a URL', async () => {
    const prompt = Array.from(
      { length: 2500 },
      (_, i) => `Line ${i}: the quick brown fox ${i % 7 === 0 ? '東京 🦊' : ''}`,
    ).join('\n')
    expect(prompt.length).toBeGreaterThan(50_000)
    const scenario = { ...DEFAULT_SCENARIO, prompt, system: 'x'.repeat(2000) }
    const link = await shareLink(scenario)
    expect(link.search).not.toContain('prompt=')
    expect(link.hash.startsWith('#z=')).toBe(true)
    expect(link.hash.length).toBeLessThan(prompt.length / 3)
    expect(await open(link.search, link.hash)).toEqual(scenario)
  })

  it('leave out texts too long for any link, and say so', async () => {
    // random-looking text does not compress: 3 MB of it cannot fit in 1.5 MB
    let seed = 1
    const noise = Array.from({ length: 3_000_000 }, () =>
      String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90)),
    ).join('')
    const link = await shareLink({ ...DEFAULT_SCENARIO, prompt: noise })
    expect(link.textOmitted).toBe(true)
    expect(link.search.length + link.hash.length).toBeLessThan(MAX_LINK_CHARS)
  })

  it('keep presentation parameters out of the check, so hosts may change them', async () => {
    const link = await shareLink(DEFAULT_SCENARIO, { embed: '1', theme: 'dark' })
    expect(link.search).toMatch(/&c=[0-9a-z]+&embed=1&theme=dark$/)
    expect(linkKind(link.search.replace('theme=dark', 'theme=light'))).toEqual({ kind: 'share', version: 1 })
  })

  it.each([
    ['cut off before its check', (s: string) => s.slice(0, s.indexOf('&volume') + 10), 'cut-off'],
    ['cut off inside its check', (s: string) => s.slice(0, -2), 'edited'],
    ['edited', (s: string) => s.replace('volume=1000000', 'volume=1000'), 'edited'],
    ['stripped of its check alone', (s: string) => s.replace(/&c=[0-9a-z]+/, ''), 'edited'],
    ['garbled in its version', (s: string) => s.replace('v=1', 'v=x'), 'broken'],
  ])('are told apart when %s', async (_, damage, kind) => {
    const link = await shareLink(DEFAULT_SCENARIO)
    expect(linkKind(damage(link.search)).kind).toBe(kind)
  })

  it('report a cut-off or damaged fragment instead of opening part of it', async () => {
    const link = await shareLink({ ...DEFAULT_SCENARIO, prompt: 'long '.repeat(1000) })
    expect(await readFragment(link.hash.slice(0, link.hash.length - 20))).toEqual({
      ok: false,
      reason: 'its saved text is cut off or damaged',
    })
    expect(await readFragment('#z=%%%')).toEqual({ ok: false, reason: 'its saved text is not readable' })
    expect(await readFragment('#section-2')).toBeUndefined()
  })

  it('refuse a fragment that would inflate past 64 MB (a zip bomb), stopping there', async () => {
    // 65 MB of one letter deflates to about 65 KB: a link that fits, holding too much.
    const bomb = await deflateText('a'.repeat(65 * 1024 * 1024))
    expect(bomb.length).toBeLessThan(200_000)
    expect(await readFragment(`#z=${bytesToBase64Url(bomb)}`)).toEqual({
      ok: false,
      reason: 'its saved text is cut off or damaged',
    })
    await expect(inflateText(await deflateText('a'.repeat(10_000)), 1000)).rejects.toThrow('more than 1000 bytes')
  })

  it('tell hand-written links (no v) from share links', () => {
    expect(linkKind('?models=gpt-4o-mini&input_tokens=500')).toEqual({ kind: 'hand-written' })
  })
})

describe('links made by earlier versions keep opening', () => {
  it('v1, with a compressed fragment', async () => {
    // Made before conversations and packed items: it opens with single requests.
    const { turns, turnTokens, items, itemTokens, itemOutputTokens, messages, tools, responseFormat } = DEFAULT_SCENARIO
    const { escalationPercent, classifierModelId, classifierTokens, classifierOutputTokens, latency } = DEFAULT_SCENARIO
    expect(await open(V1_LINK.search, V1_LINK.hash)).toEqual({
      ...everyLever,
      prompt: V1_PROMPT,
      ...{ turns, turnTokens, items, itemTokens, itemOutputTokens, messages, tools, responseFormat },
      ...{ escalationPercent, classifierModelId, classifierTokens, classifierOutputTokens, latency },
    })
    // Its check lost in transit, it still holds every parameter links of its time always wrote.
    expect(linkKind(V1_LINK.search.replace(/&c=[0-9a-z]+/, ''))).toEqual({ kind: 'edited', version: 1 })
  })

  it('links of single requests do not name the workload levers added since v1', async () => {
    const link = await shareLink(DEFAULT_SCENARIO)
    expect(link.search).not.toMatch(/turns=|turn_tokens=|items=|item_tokens=|item_output=|escalation=|classifier/)
    const set = await shareLink({ ...DEFAULT_SCENARIO, turns: 3, turnTokens: 0 })
    expect(set.search).toContain('&turns=3&turn_tokens=0&')
  })

  it('hand-written links of the first public contract (before share links existed)', () => {
    // README example of promptmeter 0.1: $0.000675 a request, $675.00 a month
    const { value, notices } = parseScenarioParams(
      '?models=gpt-4o-mini&input_tokens=500&max_tokens=1000&volume=1000000',
    )
    expect(notices).toEqual([])
    expect(applyScenarioParams(value, (id) => id).value).toMatchObject({
      modelIds: ['gpt-4o-mini'],
      inputTokensOverride: 500,
      maxTokens: 1000,
      volume: 1_000_000,
    })
  })
})

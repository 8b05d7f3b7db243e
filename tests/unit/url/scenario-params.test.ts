import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../src/core/scenario/scenario.ts'
import { applyScenarioParams, parseScenarioParams } from '../../../src/core/url/scenario-params.ts'

const KNOWN: Record<string, string> = {
  'gpt-4o-mini': 'gpt-4o-mini',
  'gpt-4o': 'gpt-4o',
  'gpt-4o-2024-08-06': 'gpt-4o',
}
const resolve = (id: string) => KNOWN[id]

describe('parseScenarioParams', () => {
  it('reads every documented parameter', () => {
    const { value, notices } = parseScenarioParams(
      '?prompt=Hello%20%3C%7Cendoftext%7C%3E&system=Be%20brief&models=gpt-4o-mini,gpt-4o&mix=70,30&volume=250000&max_tokens=512&output=200&input_tokens=900&response_cache=12.5',
    )
    expect(notices).toEqual([])
    expect(value).toEqual({
      prompt: 'Hello <|endoftext|>',
      system: 'Be brief',
      modelIds: ['gpt-4o-mini', 'gpt-4o'],
      mixPercents: [70, 30],
      volume: 250_000,
      maxTokens: 512,
      outputTokens: 200,
      inputTokensOverride: 900,
      responseCachePercent: 12.5,
    })
  })

  it.each([
    ['volume=-5', 'volume'],
    ['volume=abc', 'volume'],
    ['volume=', 'volume'],
    ['volume=1.5', 'volume'],
    ['max_tokens=0', 'max_tokens'],
    ['max_tokens=1.5', 'max_tokens'],
    ['output=1e3', 'output'],
    ['input_tokens=NaN', 'input_tokens'],
    ['response_cache=101', 'response_cache'],
    ['response_cache=Infinity', 'response_cache'],
    ['mix=50,x', 'mix'],
    ['models=,,', 'models'],
    ['pricing=2025-02-30', 'pricing'],
    ['pricing=yesterday', 'pricing'],
    ['prefix_tokens=-1', 'prefix_tokens'],
    ['prompt_cache=120', 'prompt_cache'],
    ['batch=abc', 'batch'],
    ['reasoning=2.5', 'reasoning'],
    ['images=1001', 'images'],
    ['images=two', 'images'],
    ['image_size=1024', 'image_size'],
    ['image_size=0x10', 'image_size'],
    ['image_size=1024x768x2', 'image_size'],
    ['image_detail=auto', 'image_detail'],
  ])('ignores %s with a notice naming %s', (query, param) => {
    const { value, notices } = parseScenarioParams(`?${query}`)
    expect(Object.keys(value)).toEqual([])
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain(param)
  })

  it('reads every lever of the full cost model', () => {
    const { value, notices } = parseScenarioParams(
      '?prefix_tokens=1500&prompt_cache=80&batch=25.5&reasoning=2000&images=2&image_size=1920x1080&image_detail=low',
    )
    expect(notices).toEqual([])
    expect(value).toEqual({
      prefixTokens: 1500,
      promptCachePercent: 80,
      batchPercent: 25.5,
      reasoningTokens: 2000,
      images: { count: 2, widthPx: 1920, heightPx: 1080, detail: 'low' },
    })
  })

  it('merges image parameters into the defaults they leave out', () => {
    const { value } = applyScenarioParams(parseScenarioParams('?images=3').value, resolve)
    expect(value.images).toEqual({ ...DEFAULT_SCENARIO.images, count: 3 })
  })

  it('reads an "as of" pricing date', () => {
    expect(parseScenarioParams('?pricing=2025-06-30').value).toEqual({ pricingAsOf: '2025-06-30' })
  })

  it('survives broken percent-encoding and odd Unicode', () => {
    const { value } = parseScenarioParams('?prompt=%E0%A4%A&system=%F0%9F%91%A9%E2%80%8D%F0%9F%92%BB')
    expect(value.system).toBe('👩‍💻')
    expect(typeof value.prompt).toBe('string')
  })
})

describe('applyScenarioParams', () => {
  it('resolves aliases and keeps a valid mix', () => {
    const { value, notices } = applyScenarioParams(
      { modelIds: ['gpt-4o-2024-08-06', 'gpt-4o-mini'], mixPercents: [25, 75] },
      resolve,
    )
    expect(notices).toEqual([])
    expect(value.modelIds).toEqual(['gpt-4o', 'gpt-4o-mini'])
    expect(value.mixPercents).toEqual([25, 75])
  })

  it('drops unknown models with a notice and splits evenly', () => {
    const { value, notices } = applyScenarioParams({ modelIds: ['gpt-4o', 'gpt-9-ultra'] }, resolve)
    expect(value.modelIds).toEqual(['gpt-4o'])
    expect(value.mixPercents).toEqual([100])
    expect(notices.join(' ')).toContain('gpt-9-ultra')
  })

  it('keeps the defaults when no model is known', () => {
    const { value, notices } = applyScenarioParams({ modelIds: ['nope'] }, resolve)
    expect(value.modelIds).toEqual(DEFAULT_SCENARIO.modelIds)
    expect(notices).toHaveLength(1)
  })

  it('ignores a mix that does not sum to 100 or has the wrong length', () => {
    const bad = applyScenarioParams({ modelIds: ['gpt-4o-mini', 'gpt-4o'], mixPercents: [50, 40] }, resolve)
    expect(bad.value.mixPercents).toEqual([50, 50])
    expect(bad.notices[0]).toContain('summing to 100')
    const short = applyScenarioParams({ mixPercents: [100] }, resolve)
    expect(short.value.mixPercents).toEqual(DEFAULT_SCENARIO.mixPercents)
    expect(short.notices).toHaveLength(1)
  })
})

describe('hostile parameters', () => {
  it('names which value of a repeated parameter won', () => {
    const { value, notices } = parseScenarioParams('?volume=5&volume=7')
    expect(value.volume).toBe(5)
    expect(notices).toEqual(['volume is given 2 times; the first, \u2068"5"\u2069, is used.'])
  })

  it('isolates text from the address in notices, so override characters cannot reorder them', () => {
    const { notices } = parseScenarioParams('?volume=%E2%80%AEevil')
    expect(notices[0]).toContain('\u2068"\u202eevil"\u2069')
  })

  it('summarises a long list of unknown model ids', () => {
    const ids = Array.from({ length: 150 }, (_, i) => `nope-${i}`)
    const { notices } = applyScenarioParams({ modelIds: ids }, resolve)
    expect(notices[0]).toBe(
      'Ignored 150 unknown model ids: \u2068"nope-0"\u2069, \u2068"nope-1"\u2069, \u2068"nope-2"\u2069, \u2068"nope-3"\u2069, \u2068"nope-4"\u2069 and 145 more.',
    )
    expect(notices.join(' ').length).toBeLessThan(300)
  })

  it('accepts a mix that sums to 100 within 0.01', () => {
    const { value, notices } = applyScenarioParams(
      { modelIds: ['gpt-4o-mini', 'gpt-4o', 'gpt-4o-2024-08-06'], mixPercents: [50, 50] },
      resolve,
    )
    expect(notices).toEqual([])
    expect(value.mixPercents).toEqual([50, 50])
    const three = applyScenarioParams(parseScenarioParams('?mix=33.333,33.333,33.334').value, resolve, {
      ...DEFAULT_SCENARIO,
      modelIds: ['a', 'b', 'c'],
      mixPercents: [34, 33, 33],
    })
    expect(three.notices).toEqual([])
    expect(three.value.mixPercents).toEqual([33.33, 33.33, 33.34])
  })
})

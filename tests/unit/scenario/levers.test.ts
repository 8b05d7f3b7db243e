import { describe, expect, it } from 'vitest'
import { describeLever, EMBED_CONTROLS, LEVERS, lever, readKey, writeKey } from '../../../src/core/scenario/levers.ts'
import { DEFAULT_SCENARIO } from '../../../src/core/scenario/scenario.ts'
import { leverParam, parseScenarioParams } from '../../../src/core/url/scenario-params.ts'

describe('the lever table', () => {
  it('names each URL parameter once', () => {
    const params = LEVERS.map((l) => l.param)
    expect(new Set(params).size).toBe(params.length)
  })

  it('keeps the public contract: every documented parameter, and the embed controls in their order', () => {
    expect(LEVERS.map((l) => l.param)).toEqual([
      'prompt', 'system', 'models', 'mix', 'escalation', 'classifier', 'classifier_tokens', 'classifier_output', 'volume', 'max_tokens', 'output', 'input_tokens', 'response_cache',
      'prefix_tokens', 'prompt_cache', 'batch', 'reasoning', 'images', 'image_size', 'image_detail',
      'turns', 'turn_tokens', 'items', 'item_tokens', 'item_output', 'latency', 'pricing',
    ]) // prettier-ignore
    expect(EMBED_CONTROLS).toEqual([
      'system', 'mix', 'escalation', 'classifier', 'classifier_tokens', 'classifier_output', 'volume', 'max_tokens', 'output', 'response_cache', 'prompt_cache', 'batch', 'reasoning', 'images',
      'turns', 'turn_tokens', 'items', 'item_tokens', 'item_output', 'latency',
    ]) // prettier-ignore
  })

  it('reads and writes nested keys', () => {
    expect(readKey(DEFAULT_SCENARIO, 'images.count')).toBe(0)
    expect(writeKey(DEFAULT_SCENARIO, 'images.count', 3)).toEqual({ images: { ...DEFAULT_SCENARIO.images, count: 3 } })
    expect(writeKey(DEFAULT_SCENARIO, 'volume', 3)).toEqual({ volume: 3 })
  })

  it('parses back every value it writes for the default scenario', () => {
    for (const l of LEVERS) {
      const written = leverParam(l, DEFAULT_SCENARIO)
      if (written === null) continue
      const { value, notices } = parseScenarioParams(`?${new URLSearchParams({ [l.param]: written })}`)
      expect(notices, l.param).toEqual([])
      const keys = l.kind === 'size' ? l.keys : [l.key]
      for (const key of keys) {
        const parsed = key.startsWith('images.') ? value.images?.[key.slice(7) as 'count'] : value[key as 'volume']
        expect(parsed, l.param).toEqual(readKey(DEFAULT_SCENARIO, key))
      }
    }
  })

  it('writes percents in plain decimal, which it reads back (never 1e-7)', () => {
    const written = leverParam(lever('batch'), { ...DEFAULT_SCENARIO, batchPercent: 1e-7 })
    expect(written).toBe('0.0000001')
    expect(parseScenarioParams(`?batch=${written}`).value.batchPercent).toBe(1e-7)
  })

  it('names each lever and its limits in the notice of a bad value', () => {
    for (const l of LEVERS) {
      // Texts take any value, and any non-empty list of model ids (or model id) is checked against
      // the prices later.
      if (l.kind === 'text') continue
      const bad = l.kind === 'models' ? ',' : l.kind === 'model' ? ' ' : '-x'
      const { notices } = parseScenarioParams(`?${l.param}=${bad}`)
      expect(notices, l.param).toHaveLength(1)
      expect(notices[0]).toContain(l.param)
    }
  })
})

it('describes a lever’s value in a few words for a folded group', () => {
  const scenario = { ...DEFAULT_SCENARIO, batchPercent: 12.5, prefixTokens: null }
  expect(describeLever(lever('batch'), scenario)).toBe('batch 12.5%')
  expect(describeLever(lever('prefix_tokens'), scenario)).toBe('prefix tokens: system message')
  expect(describeLever(lever('image_size'), scenario)).toBe('image size 1024×1024')
  expect(describeLever(lever('volume'), scenario)).toBe('volume 1,000,000')
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { imageTokens, patchCount, tileCount } from '../../../src/core/image/image-tokens.ts'
import { assertProperty } from '../property.ts'

const gpt4o = { method: 'tile', base_tokens: 85, tile_tokens: 170 } as const
const gpt4oMini = { method: 'tile', base_tokens: 2833, tile_tokens: 5667 } as const
const patch = (multiplier: number) => ({ method: 'patch', multiplier }) as const

// Worked examples from OpenAI's "calculating costs" text and the patch examples in its
// image guide, as compiled with their sources in the pricing facts sheet.
describe('tile models', () => {
  it.each([
    [1024, 1024, 4, 765, 25_501],
    [2048, 4096, 6, 1105, 36_835],
    [1920, 1080, 6, 1105, 36_835],
    [512, 512, 1, 255, 8_500],
  ])('%i×%i high: %i tiles, %i tokens on gpt-4o, %i on gpt-4o-mini', (w, h, tiles, on4o, onMini) => {
    expect(tileCount(w, h)).toBe(tiles)
    expect(imageTokens(gpt4o, w, h, 'high')).toBe(on4o)
    expect(imageTokens(gpt4oMini, w, h, 'high')).toBe(onMini)
  })

  it('bills low detail at the base alone, whatever the size', () => {
    expect(imageTokens(gpt4o, 4096, 8192, 'low')).toBe(85)
    expect(imageTokens(gpt4oMini, 64, 64, 'low')).toBe(2833)
  })

  it('never enlarges a small image', () => {
    // 128×64 high: one tile; gpt-4o billed 255 and gpt-4o-mini 8,500 for it in a community check
    expect(imageTokens(gpt4o, 128, 64, 'high')).toBe(255)
    expect(imageTokens(gpt4oMini, 128, 64, 'high')).toBe(8500)
  })
})

describe('patch models', () => {
  it.each([
    [1024, 1024, 1024, 1659, 2519, 1761],
    [1800, 2400, 1452, 2352, 3572, 2497],
    [2048, 4096, 1458, 2362, 3587, 2508],
  ])('%i×%i: %i patches; gpt-4.1-mini %i, gpt-4.1-nano %i, o4-mini %i', (w, h, patches, mini, nano, o4) => {
    expect(patchCount(w, h)).toBe(patches)
    expect(imageTokens(patch(1.62), w, h, 'high')).toBe(mini)
    expect(imageTokens(patch(2.46), w, h, 'high')).toBe(nano)
    expect(imageTokens(patch(1.72), w, h, 'low')).toBe(o4)
  })

  it('bills at the 1,536-patch cap where the width fit lands above it', () => {
    expect(patchCount(1920, 1080)).toBe(1536) // 52 × 30 = 1,560 before the cap
    // A 4000×1474 image on gpt-4.1-mini was billed 1,536 × 1.62 = 2,488 (community report)
    expect(imageTokens(patch(1.62), 4000, 1474, 'high')).toBe(2488)
  })

  it('counts the 32-px cover below the cap; above it, scales to within half of the cap and never past it', () => {
    assertProperty(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 20_000 }), (w, h) => {
        const n = patchCount(w, h)
        const cover = Math.ceil(w / 32) * Math.ceil(h / 32)
        expect(n).toBeLessThanOrEqual(1536)
        if (cover <= 1536) expect(n).toBe(cover)
        else expect(n).toBeGreaterThan(1536 / 2)
      }),
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  countedAt,
  countedAtEnds,
  estimateRangeOf,
  ownCounts,
  scaledTokens,
  standsIn,
} from '../../../src/core/cost/estimate-range.ts'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import type { EstimateRange } from '../../../src/core/pricing/pricing-schema.ts'
import { DEFAULT_SCENARIO } from '../../../src/core/scenario/scenario.ts'
import { tokens } from '../../../src/core/units.ts'
import { CLAUDE_RANGE, fixtureRelease } from '../pricing/fixture-release.ts'
import { assertProperty } from '../property.ts'

const claude = CLAUDE_RANGE
const [mini, , llama] = fixtureRelease().models
const estimated = { ...llama!, estimate: 'claude-3' }
const counted = () => ({ billedInputTokens: tokens(1000), systemMessageTokens: tokens(100) })

describe('estimate ranges', () => {
  it('belong to estimate models that name one the release has', () => {
    expect(estimateRangeOf(estimated, [claude])).toBe(claude)
    expect(estimateRangeOf(estimated, [])).toBeUndefined()
    expect(estimateRangeOf(llama!, [claude])).toBeUndefined()
    expect(estimateRangeOf({ ...mini!, estimate: 'claude-3' }, [claude])).toBeUndefined()
  })

  it('scale counts outwards: 1,000 × 1.16–1.30 is 1,160–1,300; 333 × 1.1 is 366–367', () => {
    expect(scaledTokens(1000, claude, 'low')).toBe(1160)
    expect(scaledTokens(1000, claude, 'high')).toBe(1300)
    // 333 × 1.1 = 366.3: down at the low end, up at the high end; 100 × 1.1 is exactly 110.
    expect(scaledTokens(333, { low: 1.1, high: 1.1 }, 'low')).toBe(366)
    expect(scaledTokens(333, { low: 1.1, high: 1.1 }, 'high')).toBe(367)
    expect(scaledTokens(100, { low: 1.1, high: 1.1 }, 'high')).toBe(110)
  })

  it('price an estimate model at each end, leave exact models and input_tokens alone', () => {
    const scenario = { ...DEFAULT_SCENARIO, modelIds: [mini!.id, estimated.id], mixPercents: [50, 50], volume: 1000 }
    const at = (end: 'low' | 'high', patch = {}) =>
      scenarioCosts({ ...scenario, ...patch }, [mini!, estimated], countedAt(counted, [claude], end)).rows
    expect(at('low').map((r) => r.billedInputTokens)).toEqual([1000, 1160])
    expect(at('high').map((r) => r.billedInputTokens)).toEqual([1000, 1300])
    // (1,300 × 1 + 1,000 × 1) / 1e6 at the fixture's $1/$1: $0.0023 a request at the high end
    expect(at('high')[1]!.perRequestUsd).toBeCloseTo(0.0023, 12)
    expect(at('low', { inputTokensOverride: 500 }).map((r) => r.billedInputTokens)).toEqual([500, 500])
  })

  it('stand in for a vocabulary that was not counted: o200k_base scaled by the family range, marked', () => {
    const family: EstimateRange = { ...claude, id: 'llama-3', low: 0.99, high: 1.03 }
    const together = { ...llama!, tokenizer: 'llama-3' as const, estimate: 'llama-3' }
    const prompt = (billed: number) => ({
      promptTokens: tokens(billed - 10),
      systemTokens: tokens(0),
      billedInputTokens: tokens(billed),
      systemMessageTokens: tokens(0),
    })
    const o200kOnly = { o200k_base: prompt(1000) }
    // Not counted: in the mix it waits for its own count; in the comparison the stand-in is used.
    expect(ownCounts(o200kOnly)(together)).toBeUndefined()
    expect(standsIn(together, o200kOnly)).toBe(true)
    const stood = (end: 'low' | 'high') =>
      countedAt(ownCounts(o200kOnly, true), [family], end, o200kOnly)(together)?.billedInputTokens
    expect([stood('low'), stood('high')]).toEqual([990, 1030])
    // Counted: its own count, exact, never scaled.
    const both = { ...o200kOnly, 'llama-3': prompt(1021) }
    expect(standsIn(together, both)).toBe(false)
    expect(countedAt(ownCounts(both, true), [family], 'low', both)(together)?.billedInputTokens).toBe(1021)
  })

  it('come as one function for both ends where the release gives no ranges, so costing runs once', () => {
    const counts = { o200k_base: { ...counted(), promptTokens: tokens(990), systemTokens: tokens(90) } }
    const none = countedAtEnds(counts, undefined)
    expect(none.low).toBe(none.high)
    const ranged = countedAtEnds(counts, [claude])
    expect([ranged.low(estimated)?.billedInputTokens, ranged.high(estimated)?.billedInputTokens]).toEqual([1160, 1300])
    expect(ranged.low(mini!)?.billedInputTokens).toBe(1000)
  })

  it('keep low ≤ high for any count and range', () => {
    assertProperty(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 2.5, noNaN: true }),
        (count, low, spread) => {
          const range = { low, high: Math.min(3, low + spread) }
          const [from, to] = [scaledTokens(count, range, 'low'), scaledTokens(count, range, 'high')]
          expect(from).toBeLessThanOrEqual(to)
          // Outwards, up to a part in 10^12 (a product a hair off a whole number is that number).
          expect(from).toBeLessThanOrEqual(count * range.low * (1 + 1e-12))
          expect(to).toBeGreaterThanOrEqual(count * range.high * (1 - 1e-12))
        },
      ),
      { numRuns: 5000 },
    )
  })
})

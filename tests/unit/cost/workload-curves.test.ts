import { describe, expect, it } from 'vitest'
import { conversationCurve, itemSteps, itemsCurve } from '../../../src/core/cost/workload-curves.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'
import { emptyBoxes, miniAlone } from './one-model.ts'

const [mini] = fixtureRelease().models
const scenario = miniAlone

describe('the cost of a conversation by turn', () => {
  it('adds up each turn: 136.05, 318.30 and 546.75 millionths of a dollar for the issue’s check', () => {
    // Turns of 107, 415 and 723 input tokens at $0.15/M, each with 200 output at $0.60/M.
    const { points } = conversationCurve(
      scenario({ turns: 3, turnTokens: 100, outputTokens: 200 }),
      [mini!],
      emptyBoxes,
    )
    expect(points.map((p) => p.turn)).toEqual([1, 2, 3])
    const line = points.map((p) => p['gpt-4o-mini']! * 1e6)
    expect(line[0]).toBeCloseTo(136.05, 9)
    expect(line[1]).toBeCloseTo(318.3, 9)
    expect(line[2]).toBeCloseTo(546.75, 9)
    // Under 1,024 tokens nothing caches: the two lines are one.
    expect(points.map((p) => p['gpt-4o-mini:uncached'])).toEqual(points.map((p) => p['gpt-4o-mini']))
  })

  it('with caching, reads the turn before once it reaches 1,024 tokens; every turn a hit when no rate is set', () => {
    // Turns of 1,007, 2,215 and 3,423 tokens (1,000-token messages, 200-token replies). Turn 3
    // reads 2,176 of turn 2's 2,215 from the cache (1,024 + 9 × 128), at half price.
    const { points, cachingPercent } = conversationCurve(
      scenario({ turns: 3, turnTokens: 1000, outputTokens: 200 }),
      [mini!],
      emptyBoxes,
    )
    expect(cachingPercent).toBe(100)
    const saved = points.map((p) => (p['gpt-4o-mini:uncached']! - p['gpt-4o-mini']!) * 1e6)
    // Turn 2's prefix (1,007) is under the minimum: nothing saved until turn 3, 2,176 × $0.075/M.
    expect(saved[0]).toBeCloseTo(0, 9)
    expect(saved[1]).toBeCloseTo(0, 9)
    expect(saved[2]).toBeCloseTo(2176 * 0.075, 9)
    expect(conversationCurve(scenario({ turns: 3, promptCachePercent: 40 }), [mini!], emptyBoxes).cachingPercent).toBe(
      40,
    )
  })
})

describe('the cost of an item against items per request', () => {
  it('steps 1, 2, 5, 10 … up to the end, with the scenario’s own', () => {
    expect(itemSteps(10, 100)).toEqual([1, 2, 5, 10, 20, 50, 100])
    expect(itemSteps(37, 370)).toEqual([1, 2, 5, 10, 20, 37, 50, 100, 200])
  })

  it('falls as the request’s fixed part is shared, and ends where no more items fit', () => {
    // (500 + 50n) × $0.15/M + 20n × $0.60/M, over n: 94.5 at 1, 27 at 10 (millionths).
    const s = scenario({ inputTokensOverride: 500, items: 10, itemTokens: 50, itemOutputTokens: 20, outputTokens: 0 })
    const points = itemsCurve(s, [mini!], () => undefined, [1, 10, 1000])
    expect(points[0]!['gpt-4o-mini']! * 1e6).toBeCloseTo(94.5, 9)
    expect(points[1]!['gpt-4o-mini']! * 1e6).toBeCloseTo(27, 9)
    // 1,000 items of 20 output tokens exceed the 16,384-token maximum output: no point.
    expect(points[2]!['gpt-4o-mini']).toBeUndefined()
  })
})

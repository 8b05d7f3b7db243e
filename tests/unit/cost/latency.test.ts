import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseLatency, replySeconds, writeLatency, type LatencyInput } from '../../../src/core/cost/latency.ts'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { formatSeconds } from '../../../src/core/format/format-range.ts'
import { models, scenario } from './two-models.ts'
import { assertProperty } from '../property.ts'

describe('latency from the person’s own measurements', () => {
  it('a reply takes time to first token plus its tokens at the output speed, fastest to slowest', () => {
    // 200 tokens, 300–600 ms to the first, 60–110 tokens/s: 0.3 + 200/110 = 2.12 s to 0.6 + 200/60 = 3.93 s.
    const measured = parseLatency('gpt-4o-mini:300-600:60-110')
    if (!measured.ok) throw new Error(measured.reason)
    const seconds = replySeconds(measured.data[0]!, 200)
    expect(seconds.low).toBeCloseTo(0.3 + 200 / 110, 12)
    expect(seconds.high).toBeCloseTo(0.6 + 200 / 60, 12)
    expect(formatSeconds(seconds)).toBe('2.1–3.9 s')
  })

  it('is shown only for the models the person measured, with reasoning counted as output', () => {
    const latency = parseLatency('gpt-4o:500:40')
    if (!latency.ok) throw new Error(latency.reason)
    const costs = scenarioCosts({ ...scenario, latency: latency.data }, models, () => undefined)
    expect(costs.rows.find((r) => r.model.id === 'gpt-4o-mini')!.replySeconds).toBeNull()
    // 0.5 + 200 / 40 = 5.5 s
    expect(costs.rows.find((r) => r.model.id === 'gpt-4o')!.replySeconds).toEqual({ low: 5.5, high: 5.5 })
  })

  it('refuses what is not a measurement, and reads back what it writes', () => {
    for (const bad of ['gpt-4o', 'gpt-4o:500', 'gpt-4o:600-300:40', 'gpt-4o:500:0', ':500:40', 'gpt-4o:5:4:3']) {
      expect(parseLatency(bad).ok, bad).toBe(false)
    }
    const range = fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 }))
    assertProperty(
      fc.property(
        fc.array(fc.record({ id: fc.stringMatching(/^[a-z0-9.-]{1,20}$/), ttft: range, tps: range }), { maxLength: 5 }),
        (entries) => {
          const input: LatencyInput[] = entries.map(({ id, ttft, tps }) => ({
            modelId: id,
            ttftMs: { low: ttft[0], high: ttft[0] + ttft[1] },
            tokensPerSecond: { low: tps[0], high: tps[0] + tps[1] },
          }))
          expect(parseLatency(writeLatency(input))).toEqual({ ok: true, data: input })
        },
      ),
      { numRuns: 500 },
    )
  })
})

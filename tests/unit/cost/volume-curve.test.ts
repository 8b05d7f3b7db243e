import { describe, expect, it } from 'vitest'
import { volumeCurve, volumeSteps } from '../../../src/core/cost/volume-curve.ts'
import { models, none, scenario } from './two-models.ts'

describe('volumeCurve', () => {
  it('steps 1k…1B and includes the scenario’s own volume', () => {
    const steps = volumeSteps(1_500_000)
    expect(steps[0]).toBe(1000)
    expect(steps.at(-1)).toBe(1e9)
    expect(steps).toContain(1_500_000)
    expect(steps).toHaveLength(20)
  })

  it('prices each model at each volume with the other levers kept', () => {
    const [point] = volumeCurve(scenario, models, none, [2_000_000])
    // gpt-4o-mini: 195 per 1M requests × 2 × 0.75 × 0.75 = 219.375
    expect(point!['gpt-4o-mini']).toBeCloseTo(219.375, 9)
    expect(point!.volume).toBe(2_000_000)
  })
})

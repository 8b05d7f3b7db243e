import type { PricedModel } from '../pricing/pricing-schema.ts'
import type { Scenario } from '../scenario/scenario.ts'
import { scenarioCosts, type CountedFor } from './scenario-costs.ts'

/** One volume on the cost-against-volume chart: each model's monthly cost, all traffic on it. */
export type VolumePoint = { volume: number } & Record<string, number>

/** 1k, 2k, 5k, 10k … 1B requests a month, plus the scenario's own volume. */
export function volumeSteps(current: number): number[] {
  const steps = new Set<number>()
  for (let decade = 1e3; decade <= 1e9; decade *= 10)
    for (const m of [1, 2, 5]) if (decade * m <= 1e9) steps.add(decade * m)
  if (current > 0) steps.add(current)
  return [...steps].sort((a, b) => a - b)
}

/** Monthly cost of each compared model at each volume, every other lever as in the scenario. */
export function volumeCurve(
  scenario: Scenario,
  models: readonly PricedModel[],
  counted: CountedFor,
  volumes: readonly number[],
): VolumePoint[] {
  return volumes.map((volume) => {
    const point: VolumePoint = { volume }
    for (const row of scenarioCosts({ ...scenario, volume }, models, counted).rows)
      point[row.model.id] = row.monthlyIfAllUsd
    return point
  })
}

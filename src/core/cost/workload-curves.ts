import type { PricedModel } from '../pricing/pricing-schema.ts'
import type { Scenario } from '../scenario/scenario.ts'
import { scenarioCosts, type CountedFor } from './scenario-costs.ts'

/** The hit rate a "with caching" line assumes when the scenario sets none: every turn a hit. */
export const ALL_HITS_PERCENT = 100

/**
 * One turn on the cumulative-cost chart: per model, what a conversation has cost by the end of
 * this turn with prompt caching (`<id>`) and without (`<id>:uncached`).
 */
export type TurnPoint = { turn: number } & Record<string, number>

/**
 * Cumulative cost of one conversation turn by turn, with and without prompt caching. "With"
 * is at the scenario's hit rate, or at every turn a hit when it sets none (`cachingPercent` says
 * which). Models that cache nothing have the same two lines.
 */
export function conversationCurve(
  scenario: Scenario,
  models: readonly PricedModel[],
  counted: CountedFor,
): { points: TurnPoint[]; cachingPercent: number } {
  const cachingPercent = scenario.promptCachePercent > 0 ? scenario.promptCachePercent : ALL_HITS_PERCENT
  const cached = scenarioCosts({ ...scenario, promptCachePercent: cachingPercent }, models, counted).rows
  const uncached = scenarioCosts({ ...scenario, promptCachePercent: 0 }, models, counted).rows
  const points: TurnPoint[] = []
  for (let turn = 1; turn <= scenario.turns; turn++) points.push({ turn } as TurnPoint)
  const addLine = (key: string, turns: readonly { usd: number }[]) => {
    let sum = 0
    turns.forEach((t, i) => (points[i]![key] = sum += t.usd))
  }
  for (const row of cached) if (row.conversation) addLine(row.model.id, row.conversation.turns)
  for (const row of uncached) if (row.conversation) addLine(`${row.model.id}:uncached`, row.conversation.turns)
  return { points, cachingPercent }
}

/** One packing on the cost-per-item chart: per model, what one item costs. */
export type ItemsPoint = { items: number } & Record<string, number>

/** 1, 2, 5, 10 … up to `most` items a request, plus the scenario's own. */
export function itemSteps(current: number, most: number): number[] {
  const steps = new Set<number>([1])
  for (let decade = 1; decade <= most; decade *= 10)
    for (const m of [1, 2, 5]) if (decade * m <= most) steps.add(decade * m)
  steps.add(current)
  return [...steps].sort((a, b) => a - b)
}

/**
 * Cost of one item against items per request, every other lever as in the scenario. A model's
 * line stops where no more items fit it (the table says which limit).
 */
export function itemsCurve(
  scenario: Scenario,
  models: readonly PricedModel[],
  counted: CountedFor,
  steps: readonly number[],
): ItemsPoint[] {
  return steps.map((items) => {
    const point = { items } as ItemsPoint
    for (const row of scenarioCosts({ ...scenario, items }, models, counted).rows) {
      // One item and nothing per item: the request is the item.
      if (!row.items) point[row.model.id] = row.perRequestUsd
      else if (row.items.limit === null) point[row.model.id] = row.items.perItemUsd
    }
    return point
  })
}

import { priceAsOf } from './price-as-of.ts'
import type { PricedModel } from './pricing-schema.ts'

/** One date on the history chart: each model's input and output price in force from that date. */
export type HistoryPoint = { date: string; time: number } & Record<string, number | string | null>

export const historyKey = (modelId: string, kind: 'input' | 'output') => `${modelId} ${kind}`

/**
 * Step data for a price-history chart: a point at every date a compared model's price changed,
 * and one at `untilDate` so the last price runs to today. null where no price was in force.
 */
export function priceHistoryPoints(models: readonly PricedModel[], untilDate: string): HistoryPoint[] {
  const dates = new Set<string>([untilDate])
  for (const model of models)
    for (const row of model.prices) if (row.effective_from <= untilDate) dates.add(row.effective_from)
  return [...dates].sort().map((date) => {
    const point: HistoryPoint = { date, time: Date.parse(`${date}T00:00:00Z`) }
    for (const model of models) {
      const row = priceAsOf(model, date)
      point[historyKey(model.id, 'input')] = row?.input ?? null
      point[historyKey(model.id, 'output')] = row?.output ?? null
    }
    return point
  })
}

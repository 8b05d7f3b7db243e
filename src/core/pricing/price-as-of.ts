import type { PricedModel, PriceRow } from './pricing-schema.ts'

/** Today's date in UTC as an ISO date: "current" prices are the rows in force today. */
export const isoToday = (): string => new Date().toISOString().slice(0, 10)

/**
 * The row in force on `isoDate` (from inclusive, to exclusive); without a date, the row in force
 * today. Not simply the open row: a release may record a change ahead of time (an introductory
 * price that ends on a known day, then its successor). A retired model has none from the day it
 * was retired (`deprecated`), whatever its rows say: it is no longer served.
 */
export function priceAsOf(model: PricedModel, isoDate?: string, today: string = isoToday()): PriceRow | undefined {
  const date = isoDate ?? today
  if (model.deprecated !== null && date >= model.deprecated) return undefined
  return model.prices.find(
    (row) => row.effective_from <= date && (row.effective_to === null || date < row.effective_to),
  )
}

/** Why a model has no price on `isoDate` (today without one), in words for the page. */
export function noPriceReason(model: PricedModel, isoDate?: string, today: string = isoToday()): string {
  const date = isoDate ?? today
  if (model.deprecated !== null && date >= model.deprecated) {
    return `retired on ${model.deprecated}: no longer served; set the prices' "as of" date before then to price it`
  }
  const first = model.prices.map((row) => row.effective_from).sort()[0]
  return first !== undefined && date < first
    ? `no price recorded on ${date}; the first is from ${first}`
    : `no price in force on ${date}`
}

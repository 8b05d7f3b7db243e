import type { PricedModel, PriceRow } from './pricing-schema.ts'

/** The row in force on `isoDate` (from inclusive, to exclusive), or the current row. */
export function priceAsOf(model: PricedModel, isoDate?: string): PriceRow | undefined {
  if (isoDate === undefined) return model.prices.find((row) => row.effective_to === null)
  return model.prices.find(
    (row) => row.effective_from <= isoDate && (row.effective_to === null || isoDate < row.effective_to),
  )
}

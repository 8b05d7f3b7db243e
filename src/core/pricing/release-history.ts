import type { PricingRelease, PriceRow } from './pricing-schema.ts'

/**
 * Price history is append-only across releases: every model of an older release is still there
 * (by id or alias, so links keep working), and every row of it appears unchanged in the newer
 * one, except that an open row may be closed. A row the newer release names in `corrections`
 * (with its reason and sources) is exempt: it was wrong, and the older file still shows what it
 * said. Returns one line per breach; empty when the newer release keeps the older's history.
 */
export function appendOnlyProblems(older: PricingRelease, newer: PricingRelease): string[] {
  const problems: string[] = []
  const where = `release ${newer.data_version} (after ${older.data_version})`
  const corrections = newer.corrections ?? []
  const corrected = (model: string, row: PriceRow) =>
    corrections.some(
      (c) => c.model === model && c.effective_from === row.effective_from && c.release === older.data_version,
    )
  for (const correction of corrections.filter((c) => c.release === older.data_version)) {
    const model = older.models.find((m) => m.id === correction.model)
    if (!model?.prices.some((row) => row.effective_from === correction.effective_from)) {
      problems.push(
        `${where}: corrections name ${correction.model} from ${correction.effective_from}, which ${older.data_version} does not have`,
      )
    }
  }
  for (const model of older.models) {
    const kept = newer.models.find((m) => m.id === model.id || m.aliases.includes(model.id))
    if (!kept) {
      problems.push(`${where}: model ${model.id} is gone; a retired model stays, with its deprecated date`)
      continue
    }
    for (const row of model.prices) {
      if (corrected(model.id, row)) continue
      const now = kept.prices.find((r) => r.effective_from === row.effective_from)
      if (!now) problems.push(`${where}: ${model.id}: the row from ${row.effective_from} is gone`)
      else if (!sameRow(row, now)) {
        problems.push(
          `${where}: ${model.id}: the row from ${row.effective_from} changed; close it and add a row, or name it in corrections`,
        )
      }
    }
  }
  return problems
}

/** Equal, or equal once an open row has been closed. */
function sameRow(before: PriceRow, after: PriceRow): boolean {
  const closed = before.effective_to === null && after.effective_to !== null
  return canonical({ ...after, effective_to: closed ? null : after.effective_to }) === canonical(before)
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )
}

/**
 * The date of the newest source a release cites: "prices checked up to" that day. A price can be
 * no more current than the newest source read for it.
 */
export function pricesCheckedUpTo(release: PricingRelease): string {
  let newest = ''
  for (const model of release.models) {
    for (const row of model.prices)
      for (const source of row.sources) if (source.checked > newest) newest = source.checked
  }
  return newest
}

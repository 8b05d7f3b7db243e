import { parsePricingText } from '../core/pricing/parse-pricing.ts'
import type { PricingState } from './pricing-slice.ts'

// Every release is emitted as its own hashed asset: fetched, not bundled, so the first
// paint does not wait for it and a host can see exactly which file the page priced with.
const releaseUrls = import.meta.glob<string>('../../pricing/releases/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
})

export const PRICING_RELEASES = Object.entries(releaseUrls)
  .map(([path, url]) => ({ fileName: `pricing/releases/${path.split('/').pop()!}`, url }))
  // By code unit, as scripts/pricing-files.ts orders them: a second release of a day
  // (2026-11-29b) comes after the first.
  .sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0))

/** Fetches and validates the newest pricing release. Never throws. */
export async function loadLatestPricing(): Promise<PricingState> {
  const latest = PRICING_RELEASES.at(-1)
  if (!latest) return { status: 'error', message: 'No pricing release was built into this page.' }
  try {
    const response = await fetch(latest.url)
    if (!response.ok)
      return { status: 'error', message: `${latest.fileName}: could not be loaded (HTTP ${response.status}).` }
    const parsed = parsePricingText(await response.text(), latest.fileName)
    return parsed.ok
      ? { status: 'ready', release: parsed.data, fileName: latest.fileName }
      : { status: 'error', message: parsed.reason }
  } catch (error) {
    return { status: 'error', message: `${latest.fileName}: could not be loaded (${(error as Error).message}).` }
  }
}

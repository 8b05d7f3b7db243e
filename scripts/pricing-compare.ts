// `npm run pricing:compare`: lists every difference between our current prices and the two
// reference datasets in ../shared/reference/pricing, and fails on any our data does not explain.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parsePricingText } from '../src/core/pricing/parse-pricing.ts'
import { comparePricing, missingReferenceKeys, type LitellmMap, type LlmPricesVendor } from './pricing-compare-lib.ts'
import { releaseFileNames, RELEASES_DIR, ROOT } from './pricing-files.ts'

const referenceDir = process.env.PRICING_REFERENCE_DIR ?? join(ROOT, '..', 'shared', 'reference', 'pricing')
if (!existsSync(referenceDir)) {
  console.error(`pricing:compare: no reference data at ${referenceDir} (set PRICING_REFERENCE_DIR)`)
  process.exit(1)
}

const latest = releaseFileNames().at(-1)!
const parsed = parsePricingText(readFileSync(join(RELEASES_DIR, latest), 'utf8'), `pricing/releases/${latest}`)
if (!parsed.ok) {
  console.error(parsed.reason)
  process.exit(1)
}
const litellm = JSON.parse(
  readFileSync(join(referenceDir, 'litellm', 'model_prices_and_context_window.json'), 'utf8'),
) as LitellmMap
const pricesDir = join(referenceDir, 'llm-prices')
const llmPrices = readdirSync(pricesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(pricesDir, f), 'utf8')) as LlmPricesVendor)

const differences = comparePricing(parsed.data, litellm, llmPrices)
const missing = missingReferenceKeys(parsed.data, litellm, llmPrices)
const unexplained = differences.filter((d) => d.explanation === undefined)

console.log(`pricing:compare: pricing/releases/${latest} against ${referenceDir}`)
for (const d of differences) {
  const verdict = d.explanation ? `explained: ${d.explanation}` : 'UNEXPLAINED'
  console.log(`  ${d.model} ${d.field} vs ${d.reference}: ours ${d.ours}, theirs ${d.theirs} (${verdict})`)
}
for (const line of missing) console.log(`  MISSING KEY ${line}`)
console.log(
  `${differences.length} differences, ${unexplained.length} unexplained, ${missing.length} missing reference keys`,
)
if (unexplained.length > 0 || missing.length > 0) process.exit(1)

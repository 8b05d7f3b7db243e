import { priceAsOf } from '../src/core/pricing/price-as-of.ts'
import {
  COMPARED_FIELDS,
  type ComparedField,
  type PricingRelease,
  type Reference,
} from '../src/core/pricing/pricing-schema.ts'

/** LiteLLM's map: USD per token, one flat object per key. */
export type LitellmMap = Record<string, Record<string, unknown>>
/** llm-prices' vendor files: USD per 1M tokens, with dated history. */
export interface LlmPricesVendor {
  vendor: string
  models: {
    id: string
    price_history: { input: number; output: number; input_cached?: number | null; to_date: string | null }[]
  }[]
}

/** The price dimensions one reference states for one model (absent = the reference says nothing). */
type Stated = Partial<Record<Exclude<ComparedField, 'tiers'>, number | null>> & { tiers?: TierStated[] }
interface TierStated {
  above: number
  input: number | null
  output: number | null
  cached_input: number | null
}

export interface Difference {
  model: string
  reference: Reference
  field: ComparedField
  ours: string
  theirs: string
  /** The row's note explaining it, or undefined when nothing does. */
  explanation: string | undefined
}

// 1.5e-07 × 1e6 = 0.15000000000000002: round away the float noise of the unit change.
const perMTok = (perToken: unknown): number | null =>
  typeof perToken === 'number' ? Number((perToken * 1e6).toPrecision(10)) : null

function fromLitellm(entry: Record<string, unknown>): Stated {
  const stated: Stated = {}
  const input = perMTok(entry.input_cost_per_token)
  if (input !== null) stated.input = input
  const output = perMTok(entry.output_cost_per_token)
  if (output !== null) stated.output = output
  if ('cache_read_input_token_cost' in entry) stated.cached_input = perMTok(entry.cache_read_input_token_cost)
  // LiteLLM writes 0 where a provider has no separate cache-write fee; we write null.
  if ('cache_creation_input_token_cost' in entry)
    stated.cache_write = perMTok(entry.cache_creation_input_token_cost) || null
  if ('cache_creation_input_token_cost_above_1hr' in entry)
    stated.cache_write_1h = perMTok(entry.cache_creation_input_token_cost_above_1hr)
  const batchInput = perMTok(entry.input_cost_per_token_batches)
  if (batchInput !== null && input) stated.batch_discount = Number((1 - batchInput / input).toPrecision(6))
  const tiers: TierStated[] = []
  for (const key of Object.keys(entry)) {
    const match = /^input_cost_per_token_above_(\d+)k_tokens$/.exec(key)
    if (!match) continue
    const k = match[1]!
    tiers.push({
      above: Number(k) * 1000,
      input: perMTok(entry[key]),
      output: perMTok(entry[`output_cost_per_token_above_${k}k_tokens`]),
      cached_input: perMTok(entry[`cache_read_input_token_cost_above_${k}k_tokens`]),
    })
  }
  if (tiers.length > 0) stated.tiers = tiers.sort((a, b) => a.above - b.above)
  return stated
}

function fromLlmPrices(vendors: readonly LlmPricesVendor[], id: string): Stated | undefined {
  const find = (key: string) => {
    for (const vendor of vendors) {
      const model = vendor.models.find((m) => m.id === key)
      if (model) return model.price_history.find((row) => row.to_date === null)
    }
    return undefined
  }
  const current = find(id)
  if (!current) return undefined
  const stated: Stated = { input: current.input, output: current.output }
  if (current.input_cached !== undefined && current.input_cached !== null) stated.cached_input = current.input_cached
  // llm-prices models long-context tiers as separate pseudo-models: gemini-2.5-pro-200k.
  const tiers: TierStated[] = []
  for (const k of [128, 200, 272]) {
    const tier = find(`${id}-${k}k`)
    if (tier)
      tiers.push({ above: k * 1000, input: tier.input, output: tier.output, cached_input: tier.input_cached ?? null })
  }
  if (tiers.length > 0) stated.tiers = tiers
  return stated
}

const show = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value))

function tiersOf(row: NonNullable<ReturnType<typeof priceAsOf>>): TierStated[] {
  return row.tiers.map((t) => ({
    above: t.above_input_tokens,
    input: t.input,
    output: t.output,
    cached_input: t.cached_input,
  }))
}

// A reference that gives no cached price for a tier says nothing about it.
function tiersDiffer(ours: TierStated[], theirs: TierStated[]): boolean {
  if (ours.length !== theirs.length) return true
  return ours.some((tier, i) => {
    const other = theirs[i]!
    return (
      tier.above !== other.above ||
      tier.input !== other.input ||
      tier.output !== other.output ||
      (other.cached_input !== null && tier.cached_input !== other.cached_input)
    )
  })
}

/**
 * Every difference between our current prices and what the references state. A field the
 * reference does not state is not a difference; a price we leave out that it states is.
 */
export function comparePricing(
  release: PricingRelease,
  litellm: LitellmMap,
  llmPrices: readonly LlmPricesVendor[],
): Difference[] {
  const differences: Difference[] = []
  for (const model of release.models) {
    const row = priceAsOf(model)
    if (!row) continue
    const stated: [Reference, Stated | undefined][] = [
      ['litellm', model.reference_keys.litellm !== null ? mapEntry(litellm, model.reference_keys.litellm) : undefined],
      [
        'llm-prices',
        model.reference_keys['llm-prices'] !== null
          ? fromLlmPrices(llmPrices, model.reference_keys['llm-prices'])
          : undefined,
      ],
    ]
    for (const [reference, theirs] of stated) {
      if (!theirs) continue
      const explain = (field: ComparedField) =>
        row.disagreements?.find((d) => d.reference === reference && d.fields.includes(field))?.reason
      const add = (field: ComparedField, ours: unknown, their: unknown) =>
        differences.push({
          model: model.id,
          reference,
          field,
          ours: show(ours),
          theirs: show(their),
          explanation: explain(field),
        })
      for (const field of COMPARED_FIELDS.filter((f): f is Exclude<ComparedField, 'tiers'> => f !== 'tiers')) {
        if (!(field in theirs)) continue
        const their = theirs[field] ?? null
        const ours = row[field]
        if (their === null && ours === null) continue
        if (their !== ours) add(field, ours, their)
      }
      if (theirs.tiers && tiersDiffer(tiersOf(row), theirs.tiers)) add('tiers', tiersOf(row), theirs.tiers)
    }
  }
  return differences
}

function mapEntry(litellm: LitellmMap, key: string): Stated | undefined {
  const entry = litellm[key]
  return entry ? fromLitellm(entry) : undefined
}

/** Keys our data names that a reference does not have: a typo, or a model the reference dropped. */
export function missingReferenceKeys(
  release: PricingRelease,
  litellm: LitellmMap,
  llmPrices: readonly LlmPricesVendor[],
): string[] {
  const missing: string[] = []
  for (const model of release.models) {
    const l = model.reference_keys.litellm
    if (l !== null && !litellm[l]) missing.push(`${model.id}: litellm has no "${l}"`)
    const p = model.reference_keys['llm-prices']
    if (p !== null && !fromLlmPrices(llmPrices, p)) missing.push(`${model.id}: llm-prices has no current "${p}"`)
  }
  return missing
}

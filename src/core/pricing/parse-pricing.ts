import * as v from 'valibot'
import { fail, ok, type Result } from '../result.ts'
import { isVocabularyName } from '../tokenize/vocabulary-names.ts'
import { PricingReleaseSchema, type PricedModel, type PriceRow, type PricingRelease } from './pricing-schema.ts'

const TIER_PRICES = ['input', 'cached_input', 'cache_write', 'output'] as const
type TierPrice = (typeof TIER_PRICES)[number]

/**
 * Parses an untrusted pricing release. Every failure names the file, the model and the field,
 * so a person can fix the file without reading code.
 */
export function parsePricing(json: unknown, fileName: string): Result<PricingRelease> {
  const parsed = v.safeParse(PricingReleaseSchema, json)
  if (!parsed.success) {
    const lines = parsed.issues
      .slice(0, 5)
      .map((issue) => `${fileName}: ${describePath(json, issue.path)}: ${issue.message}`)
    return fail(lines.join('\n'))
  }
  const problems = checkConsistency(parsed.output).map((p) => `${fileName}: ${p}`)
  return problems.length > 0 ? fail(problems.slice(0, 5).join('\n')) : ok(parsed.output)
}

/** Parses the text of a pricing file, reporting bad JSON in the same shape as bad data. */
export function parsePricingText(text: string, fileName: string): Result<PricingRelease> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return fail(`${fileName}: not valid JSON (${(error as Error).message})`)
  }
  return parsePricing(json, fileName)
}

type IssuePath = v.BaseIssue<unknown>['path']

// `models[3] (gpt-4o).prices[0].input` rather than valibot's raw key list.
function describePath(root: unknown, path: IssuePath): string {
  if (!path || path.length === 0) return '(top level)'
  let out = ''
  for (const item of path) {
    const key = item.key
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
    if (path[0]?.key === 'models' && item === path[1]) {
      const id = modelIdAt(root, key)
      if (id) out += ` (${id})`
    }
  }
  return out
}

function modelIdAt(root: unknown, index: unknown): string | undefined {
  if (typeof root !== 'object' || root === null || typeof index !== 'number') return undefined
  const models = (root as { models?: unknown }).models
  if (!Array.isArray(models)) return undefined
  const id = (models[index] as { id?: unknown } | undefined)?.id
  return typeof id === 'string' ? id : undefined
}

/** Rules a schema cannot express: history, uniqueness, price ordering. */
function checkConsistency(release: PricingRelease): string[] {
  const problems: string[] = []
  const estimates = new Set<string>()
  for (const estimate of release.estimates ?? []) {
    if (estimates.has(estimate.id)) problems.push(`estimates: id "${estimate.id}" is used twice`)
    if (estimate.low > estimate.high)
      problems.push(`estimates: ${estimate.id}: low ${estimate.low} is above high ${estimate.high}`)
    estimates.add(estimate.id)
  }
  const vocabularies = new Set<string>()
  for (const vocabulary of release.vocabularies ?? []) {
    if (vocabularies.has(vocabulary.id)) problems.push(`vocabularies: id "${vocabulary.id}" is used twice`)
    vocabularies.add(vocabulary.id)
  }
  const seen = new Map<string, string>()
  for (const model of release.models) {
    const vocabulary = isVocabularyName(model.tokenizer)
    if (model.estimate !== undefined && model.tokenizer !== 'estimate' && !vocabulary) {
      problems.push(`model ${model.id}: estimate: only an estimate or a vocabulary model has one`)
    }
    if (vocabulary && !vocabularies.has(model.tokenizer)) {
      problems.push(`model ${model.id}: tokenizer: "${model.tokenizer}" is not among the release's vocabularies`)
    }
    if (vocabulary && model.estimate === undefined) {
      problems.push(`model ${model.id}: estimate: a vocabulary model needs a range for where it is not counted`)
    }
    if (model.chat_template !== undefined && !vocabulary) {
      problems.push(`model ${model.id}: chat_template: only a vocabulary model has one`)
    }
    if (model.estimate !== undefined && !estimates.has(model.estimate)) {
      problems.push(`model ${model.id}: estimate: "${model.estimate}" is not among the release's estimates`)
    }
    for (const name of [model.id, ...model.aliases]) {
      const owner = seen.get(name)
      if (owner) problems.push(`model ${model.id}: id or alias "${name}" is already used by ${owner}`)
      else seen.set(name, model.id)
    }
    problems.push(...checkModelRows(model))
  }
  return problems
}

function checkModelRows(model: PricedModel): string[] {
  const problems: string[] = []
  const where = (i: number, field: string) => `model ${model.id}: prices[${i}].${field}`
  model.prices.forEach((row, i) => {
    if (row.effective_to !== null && row.effective_to <= row.effective_from) {
      problems.push(`${where(i, 'effective_to')}: must be after effective_from ${row.effective_from}`)
    }
    if (row.cached_input !== null && row.cached_input > row.input) {
      problems.push(`${where(i, 'cached_input')}: ${row.cached_input} exceeds input ${row.input}`)
    }
    let previous = 0
    let below: Pick<PriceRow, TierPrice> = row
    row.tiers.forEach((tier, t) => {
      if (tier.above_input_tokens <= previous) {
        problems.push(`${where(i, `tiers[${t}].above_input_tokens`)}: thresholds must ascend`)
      }
      if (tier.cached_input !== null && tier.cached_input > tier.input) {
        problems.push(`${where(i, `tiers[${t}].cached_input`)}: ${tier.cached_input} exceeds input ${tier.input}`)
      }
      // A longer request never costs less: every provider's long-context tier is dearer, and the
      // cost functions promise cost grows with tokens (tests/unit/cost/scenario-costs.test.ts).
      for (const field of TIER_PRICES) {
        const price = tier[field]
        const lower = below[field]
        if (price !== null && lower !== null && price < lower) {
          problems.push(`${where(i, `tiers[${t}].${field}`)}: ${price} is below ${lower}, the price under this tier`)
        }
      }
      previous = tier.above_input_tokens
      below = tier
    })
  })
  // A retired model (deprecated set) keeps its closed rows and may have no open one.
  const open = model.prices.filter((row) => row.effective_to === null)
  if (open.length > 1 || (open.length === 0 && model.deprecated === null)) {
    problems.push(
      `model ${model.id}: prices: needs exactly one current row (effective_to null), has ${open.length} (a retired model, with deprecated set, may have none)`,
    )
  }
  const sorted = [...model.prices].sort((a, b) => a.effective_from.localeCompare(b.effective_from))
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!
    const after = sorted[i]!
    if (before.effective_to === null || before.effective_to > after.effective_from) {
      problems.push(`model ${model.id}: prices: rows from ${before.effective_from} and ${after.effective_from} overlap`)
    }
  }
  return problems
}

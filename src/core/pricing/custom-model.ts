import { CUSTOM_MODEL_ID, type CustomModelInput } from '../scenario/scenario.ts'
import { plainDecimal } from '../format/plain-decimal.ts'
import type { PricedModel } from './pricing-schema.ts'

/**
 * A model priced with the person's own numbers, shaped like any release model so every cost,
 * chart and export treats it the same. Its tokens are counted with o200k_base as an estimate,
 * its prefix is cached whole (no minimum) when it has a cache price, and it has no sources:
 * the page says the prices are the person's.
 */
export function customPricedModel(input: CustomModelInput): PricedModel {
  return {
    id: CUSTOM_MODEL_ID,
    provider: 'custom',
    name: input.name.trim() === '' ? 'Custom model' : input.name.trim(),
    aliases: [],
    tokenizer: 'estimate',
    context_window: 100_000_000,
    max_output_tokens: 100_000_000,
    vision: false,
    image_tokens: null,
    reasoning: true,
    min_cacheable_tokens: input.cachedInputUsdPerMTok === null ? null : 1,
    released: null,
    deprecated: null,
    reference_keys: { litellm: null, 'llm-prices': null },
    prices: [
      {
        effective_from: '1970-01-01',
        effective_to: null,
        input: input.inputUsdPerMTok,
        cached_input: input.cachedInputUsdPerMTok,
        cache_write: null,
        cache_write_1h: null,
        output: input.outputUsdPerMTok,
        batch_discount: input.batchDiscountPercent === null ? null : input.batchDiscountPercent / 100,
        tiers: [],
        sources: [],
      },
    ],
  }
}

/**
 * What is odd about a custom model's prices, for the form to say beside the field: a release with
 * such prices is refused (parse-pricing.ts); a person's own numbers are kept and priced as given.
 */
export function customModelWarnings(input: CustomModelInput): { cachedInput?: string } {
  const cached = input.cachedInputUsdPerMTok
  if (cached !== null && cached > input.inputUsdPerMTok) {
    return {
      cachedInput: `Above the input price ($${plainDecimal(input.inputUsdPerMTok)}): cache reads would cost more than sending the prefix again. Providers charge less for them; check the figure.`,
    }
  }
  return {}
}

export const isCustomModel = (model: Pick<PricedModel, 'id'>): boolean => model.id === CUSTOM_MODEL_ID

import type { EncodingName } from '../tokenize/encodings.ts'
import type { PricedModel } from './pricing-schema.ts'

/**
 * What a model's tokens are counted with, and whether that count is the provider's own or an
 * estimate. The one place that decides it: counting asks it which counts to make, and costs,
 * tables, charts and exports ask it which count is the model's and whether to mark it "≈".
 * A new tokenizer family is a new answer here; no cost code changes.
 */
export interface Counting {
  /** The counts that are this model's (one per encoding the counter makes). */
  encoding: EncodingName
  /** True where the provider's tokenizer is not public and the count stands in for it. */
  estimate: boolean
}

export function countingOf(model: Pick<PricedModel, 'tokenizer'>): Counting {
  // Models without a public tokenizer are counted with o200k_base.
  return model.tokenizer === 'estimate'
    ? { encoding: 'o200k_base', estimate: true }
    : { encoding: model.tokenizer, estimate: false }
}

export const isEstimate = (model: Pick<PricedModel, 'tokenizer'>): boolean => countingOf(model).estimate

import type { CountedInput } from '../cost/scenario-costs.ts'
import type { CounterName, PromptCount } from '../tokenize/count-prompt.ts'
import { isVocabularyName } from '../tokenize/vocabulary-names.ts'
import type { PricedModel } from './pricing-schema.ts'

/**
 * What a model's tokens are counted with, and whether that count is the provider's own or an
 * estimate. The one place that decides it: counting asks it which counts to make, and costs,
 * tables, charts and exports ask it which count is the model's and whether to mark it "≈".
 * A new tokenizer family is a new answer here; no cost code changes.
 */
export interface Counting {
  /** The count that is this model's. */
  counter: CounterName
  /** True where the provider's tokenizer is not public and the count stands in for it. */
  estimate: boolean
}

export function countingOf(model: Pick<PricedModel, 'tokenizer'>): Counting {
  // Models without a public tokenizer are counted with o200k_base.
  return model.tokenizer === 'estimate'
    ? { counter: 'o200k_base', estimate: true }
    : { counter: model.tokenizer, estimate: false }
}

export const isEstimate = (model: Pick<PricedModel, 'tokenizer'>): boolean => countingOf(model).estimate

/** True for a model counted with an open vocabulary, loaded only while such a model is compared. */
export const usesVocabulary = (model: Pick<PricedModel, 'tokenizer'>): boolean => isVocabularyName(model.tokenizer)

/**
 * What a model is billed for, from the counts of its own counter: the request with its chat
 * overhead or template, or (a vocabulary model whose provider bills the texts alone) the two
 * texts' tokens.
 */
export function billedOf(model: Pick<PricedModel, 'chat_template'>, count: PromptCount): CountedInput {
  if (model.chat_template !== false) return count
  // The texts alone: the boxes', and those of the request's other parts (before the prompt).
  const parts = count.partTextTokens ?? 0
  return {
    billedInputTokens: (count.systemTokens + count.promptTokens + parts) as CountedInput['billedInputTokens'],
    systemMessageTokens: (count.systemTokens + parts) as CountedInput['systemMessageTokens'],
  }
}

/**
 * The models as priced where no worker can start: a vocabulary is megabytes of JSON that the
 * engine reads in one go, which on the page itself would hold it for seconds, so there each
 * vocabulary model is an estimate (its o200k_base count scaled by its family's range, which a
 * release must give it) and says so wherever it appears.
 */
export function withoutVocabularies<M extends Pick<PricedModel, 'tokenizer'>>(models: readonly M[]): readonly M[] {
  return models.some(usesVocabulary)
    ? models.map((model) => (usesVocabulary(model) ? { ...model, tokenizer: 'estimate' as const } : model))
    : models
}

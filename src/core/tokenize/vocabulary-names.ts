/**
 * The open vocabularies counted exactly (vocabularies.ts). A list of its own, with no engine in
 * it, so that the pricing schema can name them without loading the tokenizer engine.
 */
export const VOCABULARY_NAMES = ['llama-3', 'deepseek-v3', 'gemma-3', 'mistral-tekken'] as const
export type VocabularyName = (typeof VOCABULARY_NAMES)[number]

export const isVocabularyName = (name: string): name is VocabularyName =>
  (VOCABULARY_NAMES as readonly string[]).includes(name)

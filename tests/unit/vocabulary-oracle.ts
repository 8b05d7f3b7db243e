import { Tokenizer as RustTokenizer } from 'tokenizers'
import { vocabularyOf, type Vocabulary, type VocabularyName } from '../../src/core/tokenize/vocabularies.ts'
import { readVocabularyFiles, tokenizerJsonText } from '../../scripts/vocabulary-files-node.ts'

// The reference: Hugging Face's Rust `tokenizers` library (its Node binding), which hosts run,
// reading the same tokenizer.json files the page ships.

const texts = new Map<VocabularyName, string>()
/** The package's tokenizer.json, as text. */
export function tokenizerJson(name: VocabularyName): string {
  let text = texts.get(name)
  if (text === undefined) {
    text = tokenizerJsonText(name)
    texts.set(name, text)
  }
  return text
}

const ours = new Map<VocabularyName, Vocabulary>()
/** The page's counter for a vocabulary, built once. */
export function vocabulary(name: VocabularyName): Vocabulary {
  let found = ours.get(name)
  if (!found) {
    found = vocabularyOf(readVocabularyFiles(name, tokenizerJson(name)))
    ours.set(name, found)
  }
  return found
}

const rust = new Map<VocabularyName, RustTokenizer>()
/** The reference library's count of `text`, special-token strings read as the engine reads them. */
export async function referenceCount(name: VocabularyName, text: string): Promise<number> {
  let tokenizer = rust.get(name)
  if (!tokenizer) {
    tokenizer = RustTokenizer.fromString(tokenizerJson(name))
    rust.set(name, tokenizer)
  }
  return (await tokenizer.encode(text, null, { addSpecialTokens: false })).getIds().length
}

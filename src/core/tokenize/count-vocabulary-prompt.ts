import { tokens } from '../units.ts'
import type { PromptCount } from './count-prompt.ts'
import { IncrementalCounter, type CountOptions } from './incremental-counter.ts'
import { loadVocabularyFiles } from './vocabulary-files.ts'
import { nextVocabularySplit, vocabularyOf, type Vocabulary, type VocabularyName } from './vocabularies.ts'

const loaded = new Map<VocabularyName, Promise<Vocabulary>>()

/** Loads a vocabulary (once) from the page's own host. */
export function loadVocabulary(name: VocabularyName): Promise<Vocabulary> {
  let vocabulary = loaded.get(name)
  if (!vocabulary) {
    vocabulary = loadVocabularyFiles(name).then(vocabularyOf)
    // A failed load (offline before it was cached, say) must not be remembered.
    vocabulary.catch(() => loaded.delete(name))
    loaded.set(name, vocabulary)
  }
  return vocabulary
}

/** What is counted, each incrementally: the two boxes, the whole request, its system prefix. */
type Part = 'system' | 'user' | 'request' | 'prefix'
const counters = new Map<string, IncrementalCounter>()

function counterFor(name: VocabularyName, vocabulary: Vocabulary, part: Part): IncrementalCounter {
  const key = `${name}:${part}`
  let counter = counters.get(key)
  if (!counter) {
    counter = vocabularyCounter(vocabulary)
    counters.set(key, counter)
  }
  return counter
}

/** A counter of one text in a vocabulary, counting it again only around each edit. */
export const vocabularyCounter = (vocabulary: Vocabulary): IncrementalCounter =>
  new IncrementalCounter(vocabulary.count, nextVocabularySplit)

/**
 * Counts the page's two boxes in an open vocabulary. Billed input is the request as the model's
 * chat template lays it out (special tokens, role headers, the reply's opening), counted whole:
 * that is what the provider's server tokenizes. Each text is counted incrementally, so an edit
 * recounts only the part around it, in the boxes and in the laid-out request alike.
 */
export async function countVocabularyPrompt(
  name: VocabularyName,
  systemText: string,
  userText: string,
  options: CountOptions = {},
  vocabulary?: Vocabulary,
): Promise<PromptCount> {
  const used = vocabulary ?? (await loadVocabulary(name))
  const request = used.layOut(systemText, userText)
  const prefix = systemText ? used.prefix(systemText) : ''
  // Progress: the boxes are half the work, the laid-out request (both again) the other half.
  const total = 2 * (systemText.length + userText.length) + prefix.length || 1
  let before = 0
  const part = async (which: Part, text: string) => {
    const progress = options.onProgress
    const counted = await counterFor(name, used, which).count(text, {
      ...options,
      onProgress: progress && ((done) => progress((before + done * text.length) / total)),
    })
    before += text.length
    return counted
  }
  const systemTokens = await part('system', systemText)
  const promptTokens = await part('user', userText)
  const billed = await part('request', request)
  const prefixTokens = prefix ? await part('prefix', prefix) : 0
  return {
    promptTokens: tokens(promptTokens),
    systemTokens: tokens(systemTokens),
    billedInputTokens: tokens(billed),
    systemMessageTokens: tokens(prefixTokens),
  }
}

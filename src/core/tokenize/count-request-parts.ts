import {
  countRequestParts,
  NO_PARTS_COUNT,
  hasRequestParts,
  type RequestParts,
  type RequestPartsCount,
} from '../chat/request-parts.ts'
import type { CounterName } from './count-prompt.ts'
import { loadCounter, type CountText } from './encodings.ts'
import type { Tokens } from '../units.ts'
import { isVocabularyName } from './vocabulary-names.ts'

/**
 * Counts the request's parts beyond the boxes (request-parts.ts) in one counter, loading it on
 * first use. An open vocabulary lays the messages out with the boxes' texts (`system`, `user`).
 */
export async function countRequestPartsIn(
  counter: CounterName,
  parts: RequestParts,
  system: string,
  user: string,
): Promise<RequestPartsCount> {
  if (!hasRequestParts(parts)) return NO_PARTS_COUNT
  if (isVocabularyName(counter)) {
    const vocabulary = await (await import('./count-vocabulary-prompt.ts')).loadVocabulary(counter)
    return countRequestParts(parts, (text) => vocabulary.count(text) as Tokens, counter, { vocabulary, system, user })
  }
  return countRequestParts(parts, await loadCounter(counter), counter)
}

/** A counter's plain count of a text, loading it on first use. */
export async function plainCounter(counter: CounterName): Promise<CountText> {
  if (isVocabularyName(counter)) {
    const vocabulary = await (await import('./count-vocabulary-prompt.ts')).loadVocabulary(counter)
    return (text) => vocabulary.count(text) as Tokens
  }
  return loadCounter(counter)
}

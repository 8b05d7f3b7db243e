import {
  countRequestParts,
  laidOutMessages,
  NO_PARTS_COUNT,
  hasRequestParts,
  type RequestParts,
  type RequestPartsCount,
} from '../chat/request-parts.ts'
import type { TextInput } from '../text/edited-text.ts'
import type { Vocabulary } from './vocabularies.ts'
import type { CounterName } from './count-prompt.ts'
import { loadCounter, type CountText } from './encodings.ts'
import { IncrementalCounter, type CountOptions } from './incremental-counter.ts'
import { tokens, type Tokens } from '../units.ts'
import { isVocabularyName } from './vocabulary-names.ts'

export interface PartsCountOptions extends CountOptions {
  /**
   * Each message's content as the worker holds it: after an edit, as that edit of the text it
   * had (edited-text.ts), so its counter reads only around it. Else the messages' own strings.
   */
  contents?: readonly TextInput[]
  /** An open vocabulary already loaded (tests read it from disk); else it is loaded by name. */
  vocabulary?: Vocabulary
}

/**
 * One counter per message, by its place in the conversation, per counter name: kept between
 * counts, so a keystroke in a message of megabytes counts only the part around it again (as the
 * boxes are counted, count-prompt.ts). Moving or removing a message counts those after it anew.
 */
const messageCounters = new Map<string, IncrementalCounter[]>()
/** For an open vocabulary, the laid-out request without the messages and with them. */
const laidOutCounters = new Map<string, { without: IncrementalCounter; with: IncrementalCounter }>()

/**
 * Counts the request's parts beyond the boxes (request-parts.ts) in one counter, loading it on
 * first use. Each message's content is counted incrementally, and so, for an open vocabulary,
 * is the request its template lays out with the boxes' texts (`system`, `user`); the count can
 * be cancelled (`isStale`) between slices of work, as a box's can.
 */
export async function countRequestPartsIn(
  counter: CounterName,
  parts: RequestParts,
  system: string,
  user: string,
  options: PartsCountOptions = {},
): Promise<RequestPartsCount> {
  if (!hasRequestParts(parts)) return NO_PARTS_COUNT
  if (isVocabularyName(counter)) {
    const { loadVocabulary, vocabularyCounter } = await import('./count-vocabulary-prompt.ts')
    const vocabulary = options.vocabulary ?? (await loadVocabulary(counter))
    const countText = (text: string) => vocabulary.count(text) as Tokens
    const contentTokens = await countContents(counter, () => vocabularyCounter(vocabulary), parts, options)
    let laidOutTokens: Tokens | null = null
    const laidOut = parts.messages.length > 0 ? laidOutMessages(vocabulary, parts.messages, system, user) : null
    if (laidOut) {
      let pair = laidOutCounters.get(counter)
      if (!pair) {
        pair = { without: vocabularyCounter(vocabulary), with: vocabularyCounter(vocabulary) }
        laidOutCounters.set(counter, pair)
      }
      const without = await pair.without.count(laidOut.without, options)
      laidOutTokens = tokens(Math.max(0, (await pair.with.count(laidOut.with, options)) - without))
    }
    return countRequestParts(parts, countText, counter, { contentTokens, laidOutTokens })
  }
  const count = await loadCounter(counter)
  const contentTokens = await countContents(counter, () => new IncrementalCounter(count, counter), parts, options)
  return countRequestParts(parts, count, counter, { contentTokens })
}

/** Each message's content, each in its own incremental counter (`make` makes one). */
async function countContents(
  name: CounterName,
  make: () => IncrementalCounter,
  { messages }: RequestParts,
  { contents, vocabulary: _, ...options }: PartsCountOptions,
): Promise<Tokens[]> {
  const kept = messageCounters.get(name) ?? []
  // Counters for messages no longer there are let go, with the texts they hold.
  const used = kept.slice(0, messages.length)
  messageCounters.set(name, used)
  const out: Tokens[] = []
  for (const [i, message] of messages.entries()) {
    const counter = (used[i] ??= make())
    out.push(tokens(await counter.count(contents?.[i] ?? message.content, options)))
  }
  return out
}

/** A counter's plain count of a text, loading it on first use. */
export async function plainCounter(counter: CounterName): Promise<CountText> {
  if (isVocabularyName(counter)) {
    const vocabulary = await (await import('./count-vocabulary-prompt.ts')).loadVocabulary(counter)
    return (text) => vocabulary.count(text) as Tokens
  }
  return loadCounter(counter)
}

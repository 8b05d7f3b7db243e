import { chatInputTokens, messageTokens, promptMessages } from '../chat/chat-input-tokens.ts'
import { textOf, type TextInput } from '../text/edited-text.ts'
import { tokens, type Tokens } from '../units.ts'
import { yieldToEvents } from '../yield-to-events.ts'
import { loadCounter, readyCounters, type EncodingName } from './encodings.ts'
import { IncrementalCounter, type CountOptions } from './incremental-counter.ts'
import { isVocabularyName, type VocabularyName } from './vocabulary-names.ts'

/** What counts text: one of OpenAI's encodings or an open vocabulary (vocabularies.ts). */
export type CounterName = EncodingName | VocabularyName

export interface PromptCount {
  /** Tokens of the user prompt text alone, as a tokenizer shows them. */
  promptTokens: Tokens
  /** Tokens of the system message text alone. */
  systemTokens: Tokens
  /** Billed input tokens of one request: system + user messages with chat overhead. */
  billedInputTokens: Tokens
  /** The system message with its overhead (0 when there is none): the default cacheable prefix. */
  systemMessageTokens: Tokens
  /**
   * The texts of the request's other parts (messages between the boxes, tools, response format)
   * without any overhead, once added (request-parts.ts): what a provider billing texts alone bills.
   */
  partTextTokens?: Tokens
}

/** The page's two boxes, each counted on its own. */
export type PromptBox = 'system' | 'user'

let readying = false
/** Readies the loaded counters (`readyCounters`) in a task of their own, once this count has answered. */
function readySoon() {
  if (readying) return
  readying = true
  void yieldToEvents().then(() => {
    readying = false
    readyCounters()
  })
}
const counters = new Map<string, Promise<IncrementalCounter>>()

function counterFor(encoding: EncodingName, box: PromptBox): Promise<IncrementalCounter> {
  const key = `${encoding}:${box}`
  let counter = counters.get(key)
  if (!counter) {
    counter = loadCounter(encoding).then((count) => new IncrementalCounter(count, encoding))
    counter.catch(() => counters.delete(key))
    counters.set(key, counter)
  }
  return counter
}

/**
 * Counts the page's two boxes in one encoding or vocabulary, loading it on first use. Each box
 * is counted incrementally: after an edit, only the part around it is counted again.
 */
export async function countPrompt(
  counter: CounterName,
  systemInput: TextInput,
  userInput: TextInput,
  options: CountOptions = {},
): Promise<PromptCount> {
  const systemText = textOf(systemInput)
  const userText = textOf(userInput)
  // The vocabularies' engine and files load only when one is asked for.
  if (isVocabularyName(counter)) {
    return (await import('./count-vocabulary-prompt.ts')).countVocabularyPrompt(counter, systemText, userText, options)
  }
  const encoding = counter
  const [count, system, user] = await Promise.all([
    loadCounter(encoding),
    counterFor(encoding, 'system'),
    counterFor(encoding, 'user'),
  ])
  const large = systemText.length + userText.length
  const progress = options.onProgress
  const systemCount = await system.count(systemInput, {
    ...options,
    onProgress: progress && ((done) => progress((done * systemText.length) / large)),
  })
  const userCount = await user.count(userInput, {
    ...options,
    onProgress: progress && ((done) => progress((systemText.length + done * userText.length) / large)),
  })
  readySoon()
  // The chat wrapper counts role names too; the two texts are known already. (Compared as
  // they are, not as keys of a Map: hashing one reads all of it, and copies it first after an edit.)
  const countText = (text: string) =>
    (text === systemText ? systemCount : text === userText ? userCount : count(text)) as Tokens
  const messages = promptMessages(systemText, userText)
  const systemMessage = messages.find((m) => m.role === 'system')
  return {
    promptTokens: tokens(userCount),
    systemTokens: tokens(systemCount),
    billedInputTokens: chatInputTokens(messages, countText),
    systemMessageTokens: systemMessage ? messageTokens(systemMessage, countText) : tokens(0),
  }
}

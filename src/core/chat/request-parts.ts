import type { PromptCount } from '../tokenize/count-prompt.ts'
import type { CountText } from '../tokenize/encodings.ts'
import type { Vocabulary } from '../tokenize/vocabularies.ts'
import { tokens, type Tokens } from '../units.ts'
import { messageTokens, type ChatMessage } from './chat-input-tokens.ts'
import { parseResponseFormat, parseTools, responseFormatTokens, toolRuleFor, toolsTokens } from './tool-tokens.ts'

/**
 * The parts of a request beyond the two boxes, as the person gives them: messages sent between
 * the system message and the user prompt (few-shot examples, an earlier exchange), the `tools`
 * array and the `response_format`, both as JSON text. Small next to the boxes, so counted whole.
 */
export interface RequestParts {
  messages: readonly ChatMessage[]
  tools: string
  responseFormat: string
}

export const NO_REQUEST_PARTS: RequestParts = { messages: [], tools: '', responseFormat: '' }

export const hasRequestParts = (parts: RequestParts): boolean =>
  parts.messages.length > 0 || parts.tools.trim() !== '' || parts.responseFormat.trim() !== ''

/** What the parts add to the billed input, in one counter. */
export interface RequestPartsCount {
  /** Each message's content. */
  contentTokens: Tokens[]
  /** Each message with its overhead (an open vocabulary: its content alone; see `messagesTokens`). */
  messageTokens: Tokens[]
  /** All the messages with their overhead: what they add to the request. */
  messagesTokens: Tokens
  toolsTokens: Tokens
  /** A tool has nested object or array properties, which the cookbook's rule does not count. */
  toolsNested: boolean
  responseFormatTokens: Tokens
  /** Why the tools or the response format are left out, when their JSON does not read. */
  errors: string[]
  /** The messages are counted by the cookbook's rule where the counter has a template of its own. */
  messagesEstimated: boolean
}

export const NO_PARTS_COUNT: RequestPartsCount = {
  contentTokens: [],
  messageTokens: [],
  messagesTokens: tokens(0),
  toolsTokens: tokens(0),
  toolsNested: false,
  responseFormatTokens: tokens(0),
  errors: [],
  messagesEstimated: false,
}

/**
 * Counts the parts in one of OpenAI's encodings (`encoding`) or, with `vocabulary`, in an open
 * vocabulary, whose template lays the messages out: what they add is the laid-out request with
 * them less the request without them (`system`, `user`: the boxes).
 */
export function countRequestParts(
  parts: RequestParts,
  countText: CountText,
  encoding: string,
  vocabulary?: { vocabulary: Vocabulary; system: string; user: string },
): RequestPartsCount {
  const errors: string[] = []
  const tools = parseTools(parts.tools)
  const format = parseResponseFormat(parts.responseFormat)
  if (!tools.ok) errors.push(tools.reason)
  if (!format.ok) errors.push(format.reason)
  const toolCount = tools.ok ? toolsTokens(tools.data, toolRuleFor(encoding), countText) : { tokens: 0, nested: false }
  const contentTokens = parts.messages.map((m) => countText(m.content))
  const cookbook = parts.messages.map((m) => messageTokens(m, countText))
  let messagesTokens = tokens(cookbook.reduce((sum, n) => sum + n, 0))
  let perMessage: Tokens[] = cookbook
  let messagesEstimated = false
  if (vocabulary && parts.messages.length > 0) {
    const { vocabulary: vocab, system, user } = vocabulary
    perMessage = contentTokens
    try {
      const head = system ? [{ role: 'system', content: system }] : []
      const without = vocab.count(vocab.layOut(system, user))
      const withParts = vocab.count(vocab.layOutMessages([...head, ...parts.messages, { role: 'user', content: user }]))
      messagesTokens = tokens(Math.max(0, withParts - without))
    } catch {
      // A template that refuses the messages (Gemma's wants user and assistant to alternate).
      messagesEstimated = true
    }
  }
  return {
    contentTokens,
    messageTokens: perMessage,
    messagesTokens,
    toolsTokens: tokens(toolCount.tokens),
    toolsNested: toolCount.nested,
    responseFormatTokens: tokens(format.ok ? responseFormatTokens(format.data, countText) : 0),
    errors,
    messagesEstimated,
  }
}

/**
 * The boxes' count with the parts added to the billed input, and to the default cacheable
 * prefix: tools and the response format are laid out before the messages, and the added
 * messages come before the user prompt, the same in every request.
 */
export function withRequestParts(count: PromptCount, parts: RequestPartsCount): PromptCount {
  const added = parts.messagesTokens + parts.toolsTokens + parts.responseFormatTokens
  if (added === 0) return count
  const texts = parts.contentTokens.reduce((sum, n) => sum + n, 0) + parts.toolsTokens + parts.responseFormatTokens
  return {
    ...count,
    billedInputTokens: tokens(count.billedInputTokens + added),
    systemMessageTokens: tokens(count.systemMessageTokens + added),
    partTextTokens: tokens(texts),
  }
}

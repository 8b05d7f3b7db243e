import type { PromptCount } from '../tokenize/count-prompt.ts'
import type { CountText } from '../tokenize/encodings.ts'
import type { Vocabulary } from '../tokenize/vocabularies.ts'
import { tokens, type Tokens } from '../units.ts'
import { messageTokens, type ChatMessage } from './chat-input-tokens.ts'
import { parseResponseFormat, parseTools, responseFormatTokens, toolRuleFor, toolsTokens } from './tool-tokens.ts'

/**
 * The parts of a request beyond the two boxes, as the person gives them: messages sent between
 * the system message and the user prompt (few-shot examples, an earlier exchange), the `tools`
 * array and the `response_format`, both as JSON text. A message may be as long as a box, and is
 * counted as one is (count-request-parts.ts); the tools and the format are small, counted whole.
 */
export interface RequestParts<Content = string> {
  /** `Content`: the text itself, or (crossing to the worker) how the worker finds it. */
  messages: readonly (Omit<ChatMessage, 'content'> & { content: Content })[]
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
 * What the caller has counted already. `contentTokens`: each message's content (counted
 * incrementally in the worker, so a keystroke in a long message reads only around it).
 * `laidOutTokens`, for an open vocabulary, whose template lays the messages out: what they add
 * to the request (`laidOutMessages`: the laid-out request with them less without them), or null
 * where the template refuses them.
 */
export interface KnownPartCounts {
  contentTokens?: readonly Tokens[]
  laidOutTokens?: Tokens | null
}

/**
 * Counts the parts in one of OpenAI's encodings (`encoding`) or, with `laidOutTokens`, in an open
 * vocabulary; what `known` gives is not counted again.
 */
export function countRequestParts(
  parts: RequestParts,
  countText: CountText,
  encoding: string,
  known: KnownPartCounts = {},
): RequestPartsCount {
  const errors: string[] = []
  const tools = parseTools(parts.tools)
  const format = parseResponseFormat(parts.responseFormat)
  if (!tools.ok) errors.push(tools.reason)
  if (!format.ok) errors.push(format.reason)
  const toolCount = tools.ok ? toolsTokens(tools.data, toolRuleFor(encoding), countText) : { tokens: 0, nested: false }
  const contentTokens = known.contentTokens ?? parts.messages.map((m) => countText(m.content))
  // A message's content is counted once: its role and name are short, counted here.
  const cookbook = parts.messages.map((m, i) =>
    messageTokens(m, (text) => (text === m.content ? contentTokens[i]! : countText(text))),
  )
  let messagesTokens = tokens(cookbook.reduce((sum, n) => sum + n, 0))
  let perMessage: readonly Tokens[] = cookbook
  let messagesEstimated = false
  if (known.laidOutTokens !== undefined && parts.messages.length > 0) {
    perMessage = contentTokens
    // A template that refuses the messages (Gemma's wants user and assistant to alternate).
    if (known.laidOutTokens === null) messagesEstimated = true
    else messagesTokens = known.laidOutTokens
  }
  return {
    contentTokens: [...contentTokens],
    messageTokens: [...perMessage],
    messagesTokens,
    toolsTokens: tokens(toolCount.tokens),
    toolsNested: toolCount.nested,
    responseFormatTokens: tokens(format.ok ? responseFormatTokens(format.data, countText) : 0),
    errors,
    messagesEstimated,
  }
}

/**
 * The request as an open vocabulary's template lays it out without the messages and with them,
 * between the boxes' system message and user prompt: what the messages add is the difference of
 * their counts. Null where the template refuses them (Gemma's wants user and assistant to
 * alternate).
 */
export function laidOutMessages(
  vocabulary: Pick<Vocabulary, 'layOut' | 'layOutMessages'>,
  messages: readonly ChatMessage[],
  system: string,
  user: string,
): { without: string; with: string } | null {
  try {
    const head = system ? [{ role: 'system', content: system }] : []
    return {
      without: vocabulary.layOut(system, user),
      with: vocabulary.layOutMessages([...head, ...messages, { role: 'user', content: user }]),
    }
  } catch {
    return null
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

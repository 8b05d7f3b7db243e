import type { CountText } from '../tokenize/encodings.ts'
import { tokens, type Tokens } from '../units.ts'

export const CHAT_ROLES = ['system', 'developer', 'user', 'assistant', 'tool'] as const
export type ChatRole = (typeof CHAT_ROLES)[number]

export interface ChatMessage {
  role: ChatRole
  content: string
  name?: string
}

/**
 * Chat-format overhead as OpenAI bills it for gpt-3.5-turbo-0125, gpt-4 and gpt-4o and
 * later (OpenAI cookbook, "How to count tokens with tiktoken", `num_tokens_from_messages`):
 * every message is wrapped as `<|start|>{role}<|message|>{content}<|end|>`.
 */
export const TOKENS_PER_MESSAGE = 3
export const TOKENS_PER_NAME = 1
/** Every reply is primed with `<|start|>assistant<|message|>`. */
export const REPLY_PRIMING_TOKENS = 3

/** One message with its overhead: `<|start|>{role}<|message|>{content}<|end|>` and a name if any. */
export function messageTokens(message: ChatMessage, countText: CountText): Tokens {
  let total = TOKENS_PER_MESSAGE + countText(message.role) + countText(message.content)
  if (message.name !== undefined) total += countText(message.name) + TOKENS_PER_NAME
  return tokens(total)
}

/** Billed prompt tokens for one request: the API's `usage.prompt_tokens` for these messages. */
export function chatInputTokens(messages: readonly ChatMessage[], countText: CountText): Tokens {
  return tokens(messages.reduce((total, message) => total + messageTokens(message, countText), REPLY_PRIMING_TOKENS))
}

/**
 * The two boxes of the page as the messages of one request. An empty system box sends no
 * system message; the user message is always sent, even empty.
 */
export function promptMessages(systemText: string, userText: string): ChatMessage[] {
  const messages: ChatMessage[] = []
  if (systemText !== '') messages.push({ role: 'system', content: systemText })
  messages.push({ role: 'user', content: userText })
  return messages
}

import { chatInputTokens, promptMessages } from '../chat/chat-input-tokens.ts'
import type { Tokens } from '../units.ts'
import { loadCounter, type EncodingName } from './encodings.ts'

export interface PromptCount {
  /** Tokens of the user prompt text alone, as a tokenizer shows them. */
  promptTokens: Tokens
  /** Billed input tokens of one request: system + user messages with chat overhead. */
  billedInputTokens: Tokens
}

/** Counts the page's two boxes in one encoding, loading the encoding on first use. */
export async function countPrompt(encoding: EncodingName, systemText: string, userText: string): Promise<PromptCount> {
  const count = await loadCounter(encoding)
  return {
    promptTokens: count(userText),
    billedInputTokens: chatInputTokens(promptMessages(systemText, userText), count),
  }
}

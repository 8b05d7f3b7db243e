import { chatInputTokens, messageTokens, promptMessages } from '../chat/chat-input-tokens.ts'
import { tokens, type Tokens } from '../units.ts'
import { loadCounter, type CountText, type EncodingName } from './encodings.ts'

export interface PromptCount {
  /** Tokens of the user prompt text alone, as a tokenizer shows them. */
  promptTokens: Tokens
  /** Billed input tokens of one request: system + user messages with chat overhead. */
  billedInputTokens: Tokens
  /** The system message with its overhead (0 when there is none): the default cacheable prefix. */
  systemMessageTokens: Tokens
}

/** Counts the page's two boxes in one encoding, loading the encoding on first use. */
export async function countPrompt(encoding: EncodingName, systemText: string, userText: string): Promise<PromptCount> {
  const count = onceEach(await loadCounter(encoding))
  const messages = promptMessages(systemText, userText)
  const system = messages.find((m) => m.role === 'system')
  return {
    promptTokens: count(userText),
    billedInputTokens: chatInputTokens(messages, count),
    systemMessageTokens: system ? messageTokens(system, count) : tokens(0),
  }
}

// The same megabyte of text is asked for three times above; count it once.
function onceEach(count: CountText): CountText {
  const seen = new Map<string, Tokens>()
  return (text) => {
    let n = seen.get(text)
    if (n === undefined) {
      n = count(text)
      seen.set(text, n)
    }
    return n
  }
}

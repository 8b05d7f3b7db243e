import { REPLY_PRIMING_TOKENS } from '../chat/chat-input-tokens.ts'
import { countRequestParts } from '../chat/request-parts.ts'
import { fail, ok, type Result } from '../result.ts'
import type { CountText } from '../tokenize/encodings.ts'
import { readRequestFile, type FileRequest } from './request-file.ts'

/** A `.jsonl` file's requests, counted: what the page keeps of it (never the file's text). */
export interface CountedBatch {
  name: string
  /** Each request's `max_tokens` (null: none set). */
  maxTokens: (number | null)[]
  /** Each request's billed input, per counter. */
  inputs: Record<string, number[]>
  notes: string[]
}

/** Billed input of each request: its messages with their overhead, tools, response format, reply priming. */
export function batchInputTokens(requests: readonly FileRequest[], countText: CountText, encoding: string): number[] {
  return requests.map((r) => {
    const parts = countRequestParts(
      { messages: r.messages, tools: r.tools, responseFormat: r.responseFormat },
      countText,
      encoding,
    )
    return REPLY_PRIMING_TOKENS + parts.messagesTokens + parts.toolsTokens + parts.responseFormatTokens
  })
}

/** Reads a `.jsonl` file and counts each request in each counter (`counters` gives each one's counting). */
export async function countBatchFile(
  name: string,
  text: string,
  counters: readonly string[],
  counterFor: (counter: string) => Promise<CountText>,
): Promise<Result<CountedBatch>> {
  const read = readRequestFile(name, text)
  if (!read.ok) return read
  if (read.data.kind !== 'batch') return fail(`${name}: not a .jsonl file.`)
  const { requests } = read.data
  const inputs: Record<string, number[]> = {}
  for (const counter of counters) inputs[counter] = batchInputTokens(requests, await counterFor(counter), counter)
  return ok({
    name,
    maxTokens: requests.map((r) => r.maxTokens),
    inputs,
    notes: [...new Set(requests.flatMap((r) => r.notes))],
  })
}

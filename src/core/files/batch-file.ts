import { REPLY_PRIMING_TOKENS } from '../chat/chat-input-tokens.ts'
import { countRequestParts } from '../chat/request-parts.ts'
import { replyTokens } from '../cost/scenario-costs.ts'
import { requestPrices } from '../cost/request-cost.ts'
import type { PricedModel, PriceRow } from '../pricing/pricing-schema.ts'
import { fail, ok, type Result } from '../result.ts'
import type { Scenario } from '../scenario/scenario.ts'
import type { CountText } from '../tokenize/encodings.ts'
import { usd, type Usd } from '../units.ts'
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

/** Smallest, median, 95th percentile (nearest rank) and largest of some counts. */
export interface Spread {
  min: number
  median: number
  p95: number
  max: number
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  const n = sorted.length
  const at = (rank: number) => sorted[Math.min(n - 1, Math.max(0, rank - 1))]!
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2
  return { min: sorted[0]!, median, p95: at(Math.ceil(0.95 * n)), max: sorted[n - 1]! }
}

export interface BatchFileCost {
  /** Every request at standard prices. */
  standardUsd: Usd
  /** Every request through the batch API; null where the model has none. */
  batchUsd: Usd | null
  /** Requests whose input exceeds the model's context window. */
  tooLong: number
}

/**
 * The whole file on one model: each request's billed input at its tier's price, and its reply:
 * the expected output (and reasoning) within the request's own max_tokens, or the scenario's.
 */
export function batchFileCost(
  batch: Pick<CountedBatch, 'maxTokens'>,
  inputs: readonly number[],
  model: PricedModel,
  row: PriceRow,
  scenario: Pick<Scenario, 'outputTokens' | 'maxTokens' | 'reasoningTokens'>,
): BatchFileCost {
  let total = 0
  let tooLong = 0
  inputs.forEach((input, i) => {
    const prices = requestPrices(row, input as never)
    const reply = replyTokens({ ...scenario, maxTokens: batch.maxTokens[i] ?? scenario.maxTokens }, model)
    total += (input * prices.input + (reply.outputTokens + reply.reasoningTokens) * prices.output) / 1e6
    if (input > model.context_window) tooLong++
  })
  return {
    standardUsd: usd(total),
    batchUsd: row.batch_discount === null ? null : usd(total * (1 - row.batch_discount)),
    tooLong,
  }
}

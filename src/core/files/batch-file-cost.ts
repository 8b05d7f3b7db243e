import { replyTokens } from '../cost/scenario-costs.ts'
import { requestPrices } from '../cost/request-cost.ts'
import type { PricedModel, PriceRow } from '../pricing/pricing-schema.ts'
import type { Scenario } from '../scenario/scenario.ts'
import { tokens, usd, type Usd } from '../units.ts'
import type { CountedBatch } from './batch-file.ts'

// A counted batch file's figures, on the page (the counting itself, batch-file.ts, runs in the worker).

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
    const prices = requestPrices(row, tokens(input))
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

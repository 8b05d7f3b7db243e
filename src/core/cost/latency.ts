import { fail, ok, type Result } from '../result.ts'

/**
 * How fast a model answers, as the person measured it: time to first token and output tokens a
 * second, each a range. No source the pricing data cites publishes these, so none is shipped:
 * a model without the person's numbers shows no time at all, never a guess.
 */
export interface LatencyInput {
  modelId: string
  /** Time to first token, milliseconds. */
  ttftMs: { low: number; high: number }
  /** Output tokens a second once the reply streams. */
  tokensPerSecond: { low: number; high: number }
}

/** Seconds for one reply of `tokens` tokens (output and reasoning): fastest and slowest. */
export function replySeconds(latency: LatencyInput, tokens: number): { low: number; high: number } {
  return {
    low: latency.ttftMs.low / 1000 + tokens / latency.tokensPerSecond.high,
    high: latency.ttftMs.high / 1000 + tokens / latency.tokensPerSecond.low,
  }
}

const LIMIT = { ttftMs: 600_000, tokensPerSecond: 100_000 }
const RANGE = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?$/

function range(text: string, max: number, positive: boolean): { low: number; high: number } | undefined {
  const match = RANGE.exec(text.trim())
  if (!match) return undefined
  const low = Number(match[1])
  const high = match[2] === undefined ? low : Number(match[2])
  if (low > high || high > max || (positive && low <= 0)) return undefined
  return { low, high }
}

/**
 * Reads `latency=<model>:<ttft ms>:<tokens/s>,…`, each number or `low-high` range:
 * `gpt-4o-mini:300-600:60-110`.
 */
export function parseLatency(text: string): Result<LatencyInput[]> {
  const entries: LatencyInput[] = []
  for (const part of text.split(',')) {
    if (part.trim() === '') continue
    const [modelId, ttft, tps, ...rest] = part.split(':')
    const ttftMs = ttft === undefined ? undefined : range(ttft, LIMIT.ttftMs, false)
    const tokensPerSecond = tps === undefined ? undefined : range(tps, LIMIT.tokensPerSecond, true)
    if (!modelId?.trim() || !ttftMs || !tokensPerSecond || rest.length > 0) {
      return fail('expected model:ttft-ms:tokens-per-second, each number or low-high, like gpt-4o-mini:300-600:60-110')
    }
    entries.push({ modelId: modelId.trim(), ttftMs, tokensPerSecond })
  }
  return ok(entries)
}

const pair = ({ low, high }: { low: number; high: number }) => (low === high ? `${low}` : `${low}-${high}`)

/** The inverse of parseLatency. */
export const writeLatency = (entries: readonly LatencyInput[]): string =>
  entries.map((e) => `${e.modelId}:${pair(e.ttftMs)}:${pair(e.tokensPerSecond)}`).join(',')

import { isEstimate } from '../pricing/model-traits.ts'
import type { ScenarioCosts } from '../cost/scenario-costs.ts'

const HEADER = [
  'model_id',
  'model_name',
  'token_count',
  'share_percent',
  'billed_input_tokens',
  'image_tokens',
  'cached_tokens',
  'reasoning_tokens',
  'usd_per_request',
  'usd_per_request_worst',
  'usd_monthly_all_traffic',
  'usd_monthly_all_traffic_worst',
  'usd_monthly_in_mix',
  'usd_monthly_uncached_input',
  'usd_monthly_cached_input',
  'usd_monthly_cache_writes',
  'usd_monthly_output',
  'usd_monthly_reasoning',
  'batch',
  'input_usd_per_mtok',
  'output_usd_per_mtok',
  'price_sources',
]

// Twelve significant digits: the float noise past them is not part of the price.
const num = (n: number) => String(Number(n.toPrecision(12)))

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes in it. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)

/** The cost table as CSV, one row per model, then not-priced models and the mix total. */
export function costsCsv(costs: ScenarioCosts): string {
  const lines = [HEADER]
  for (const r of costs.rows) {
    lines.push([
      r.model.id,
      r.model.name,
      isEstimate(r.model) ? 'estimate' : 'exact',
      num(r.sharePercent),
      num(r.billedInputTokens),
      num(r.imageTokens),
      num(r.cachedTokens),
      num(r.reasoningTokens),
      num(r.perRequestUsd),
      num(r.worstPerRequestUsd),
      num(r.monthlyIfAllUsd),
      num(r.worstMonthlyIfAllUsd),
      num(r.monthlyInMixUsd),
      num(r.monthlyIfAll.uncachedInput),
      num(r.monthlyIfAll.cachedInput),
      num(r.monthlyIfAll.cacheWrite),
      num(r.monthlyIfAll.output),
      num(r.monthlyIfAll.reasoning),
      r.batch,
      num(r.prices.input),
      num(r.prices.output),
      r.price.sources.map((s) => `${s.url} (checked ${s.checked})`).join(' ; ') || 'entered by you',
    ])
  }
  for (const u of costs.unpriced)
    lines.push([
      u.model.id,
      u.model.name,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      `not priced: ${u.reason}`,
    ])
  const total = new Array<string>(HEADER.length).fill('')
  total[0] = 'total'
  total[12] = num(costs.monthlyTotalUsd)
  lines.push(total)
  return lines.map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n'
}

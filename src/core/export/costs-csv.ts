import { plainDecimal } from '../format/plain-decimal.ts'
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
  // An estimated count's figures above are at the high end of its range; these, at the low end
  // (equal to the above for a model counted exactly).
  'billed_input_tokens_low',
  'usd_per_request_low',
  'usd_monthly_all_traffic_low',
  'usd_monthly_in_mix_low',
  'price_sources',
  // What usd_per_request is per: `request`, or `conversation` (its turns summed; volume counts
  // conversations). Items packed into requests: how many, and the cost of one.
  'cost_unit',
  'turn_input_tokens',
  'items_per_request',
  'usd_per_item',
  // One reply's time from the person's measured speed, fastest and slowest (empty: not measured).
  'reply_seconds_low',
  'reply_seconds_high',
]

// Twelve significant digits: the float noise past them is not part of the price. Plain
// decimal: a spreadsheet reads "5e-8" as text or as a formula, never as the price it is.
const num = (n: number) => plainDecimal(Number(n.toPrecision(12)))

/**
 * Text the person typed (a custom model's name) or a link carried: a cell that starts with =, +,
 * -, @, a tab or a carriage return is a formula to a spreadsheet (=HYPERLINK(…) sends data out).
 * OWASP's rule: prefix such a cell with a single quote, so it is shown as the text it is.
 */
const text = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes in it. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)

/**
 * The cost table as CSV, one row per model, then not-priced models and the mix total. `lowCosts`
 * are the same costs at the low end of each estimate's range (see estimate-range.ts).
 */
export function costsCsv(costs: ScenarioCosts, lowCosts: ScenarioCosts = costs): string {
  const lines = [HEADER]
  for (const r of costs.rows) {
    const low = lowCosts.rows.find((row) => row.model.id === r.model.id) ?? r
    lines.push([
      text(r.model.id),
      text(r.model.name),
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
      num(low.billedInputTokens),
      num(low.perRequestUsd),
      num(low.monthlyIfAllUsd),
      num(low.monthlyInMixUsd),
      text(r.price.sources.map((s) => `${s.url} (checked ${s.checked})`).join(' ; ') || 'entered by you'),
      r.unit,
      r.conversation ? r.conversation.turns.map((t) => t.inputTokens).join(' ') : '',
      r.items ? num(r.items.items) : '',
      r.items ? num(r.items.perItemUsd) : '',
      r.replySeconds ? num(r.replySeconds.low) : '',
      r.replySeconds ? num(r.replySeconds.high) : '',
    ])
  }
  for (const u of costs.unpriced) {
    const row = new Array<string>(HEADER.length).fill('')
    row[0] = text(u.model.id)
    row[1] = text(u.model.name)
    row[HEADER.indexOf('price_sources')] = `not priced: ${u.reason}`
    lines.push(row)
  }
  // Routing's own costs, part of the total: their monthly figure in the mix column.
  const { escalation, classifier } = costs.routing ?? {}
  for (const [name, usd] of [
    ['escalation', escalation?.monthlyUsd],
    ['classifier', classifier?.monthlyUsd],
  ] as const) {
    if (usd === undefined) continue
    const row = new Array<string>(HEADER.length).fill('')
    row[0] = name
    row[HEADER.indexOf('usd_monthly_in_mix')] = num(usd)
    lines.push(row)
  }
  const total = new Array<string>(HEADER.length).fill('')
  total[0] = 'total'
  total[12] = num(costs.monthlyTotalUsd)
  total[HEADER.indexOf('usd_monthly_in_mix_low')] = num(lowCosts.monthlyTotalUsd)
  lines.push(total)
  return lines.map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n'
}

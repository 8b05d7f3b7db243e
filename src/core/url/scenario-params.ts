import { parseLatency, writeLatency, type LatencyInput } from '../cost/latency.ts'
import type { ChatMessage } from '../chat/chat-input-tokens.ts'
import { DEFAULT_SCENARIO, type ImageInput, type Scenario } from '../scenario/scenario.ts'
import { evenMix, mixFromPercents } from '../scenario/mix.ts'
import { LEVERS, readKey, type Lever, type LeverKey } from '../scenario/levers.ts'
import { plainDecimal } from '../format/plain-decimal.ts'
import { fail, ok, type Result } from '../result.ts'

/** What the query string asked for, before model ids are checked against the pricing data. */
export interface ScenarioParams {
  prompt?: string
  system?: string
  messages?: ChatMessage[]
  tools?: string
  responseFormat?: string
  modelIds?: string[]
  mixPercents?: number[]
  volume?: number
  maxTokens?: number
  outputTokens?: number
  inputTokensOverride?: number
  responseCachePercent?: number
  prefixTokens?: number
  promptCachePercent?: number
  batchPercent?: number
  reasoningTokens?: number
  images?: Partial<ImageInput>
  escalationPercent?: number
  classifierModelId?: string
  classifierTokens?: number
  classifierOutputTokens?: number
  latency?: LatencyInput[]
  turns?: number
  turnTokens?: number
  items?: number
  itemTokens?: number
  itemOutputTokens?: number
  pricingAsOf?: string
}

export interface Parsed<T> {
  value: T
  /** One sentence per ignored parameter, shown to the person on the page. */
  notices: string[]
}

const NUMBER = /^\d+(\.\d+)?$/
const INTEGER = /^\d+$/
const IMAGE_SIZE = /^(\d+)x(\d+)$/i

/**
 * A value from the address, as a notice shows it: quoted, cut at 40 characters, and isolated
 * (U+2068 … U+2069), so right-to-left or override characters in it cannot reorder the notice.
 */
export const quote = (raw: string) => `\u2068${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw)}\u2069`

/** A list of values from the address, summarised past five: "a", "b", "c", "d", "e" and 145 more. */
export function quoteList(values: readonly string[]): string {
  const shown = values.slice(0, 5).map(quote).join(', ')
  return values.length > 5 ? `${shown} and ${values.length - 5} more` : shown
}

/** One lever's value from its parameter's text, or the notice saying why it was ignored. */
function parseLever(lever: Lever, raw: string): Result<unknown> {
  const ignored = (expected: string) => fail(`Ignored ${lever.param}=${quote(raw)}: expected ${expected}.`)
  const trimmed = raw.trim()
  switch (lever.kind) {
    case 'text':
      return ok(raw)
    case 'count':
    case 'tokens':
    case 'percent': {
      const n = Number(trimmed)
      const shapeOk = (lever.integer ? INTEGER : NUMBER).test(trimmed)
      if (shapeOk && n >= lever.min && n <= lever.max) return ok(n)
      return ignored(`${lever.integer ? 'a whole number' : 'a number'} from ${lever.min} to ${plain(lever.max, true)}`)
    }
    case 'size': {
      const match = IMAGE_SIZE.exec(trimmed)
      const sides = match ? [Number(match[1]), Number(match[2])] : []
      if (sides.length === 2 && sides.every((side) => side >= lever.min && side <= lever.max)) return ok(sides)
      return ignored('width x height in pixels, like 1024x768')
    }
    case 'enum':
      return lever.options.includes(raw) ? ok(raw) : ignored(lever.options.join(' or '))
    case 'model':
      return trimmed === '' ? ignored('a model id') : ok(trimmed)
    case 'latency': {
      const parsed = parseLatency(raw)
      return parsed.ok ? parsed : ignored(parsed.reason.replace(/^expected /, ''))
    }
    case 'date':
      return isIsoDate(raw) ? ok(raw) : ignored('a date like 2025-06-30')
    case 'models': {
      const ids = raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
      return ids.length === 0 ? fail(`Ignored ${lever.param}: the list is empty.`) : ok([...new Set(ids)])
    }
    case 'mix': {
      const parts = raw.split(',').map((s) => s.trim())
      return parts.every((p) => NUMBER.test(p)) ? ok(parts.map(Number)) : ignored('comma-separated percents')
    }
  }
}

/** Sets a lever's parsed value on the parameters, at its store key. */
function assign(params: ScenarioParams, lever: Lever, value: unknown): void {
  const set = (key: LeverKey, v: unknown) => {
    if (key.startsWith('images.')) params.images = { ...params.images, [key.slice(7)]: v }
    else (params as Record<string, unknown>)[key] = v
  }
  if (lever.kind === 'size') lever.keys.forEach((key, i) => set(key, (value as number[])[i]))
  else set(lever.key, value)
}

/** Reads the documented query parameters (see levers.ts). Invalid values are dropped with a notice. */
export function parseScenarioParams(search: string): Parsed<ScenarioParams> {
  const query = new URLSearchParams(search)
  const value: ScenarioParams = {}
  const notices: string[] = []
  for (const lever of LEVERS) {
    const all = query.getAll(lever.param)
    const raw = all[0]
    if (raw === undefined) continue
    if (all.length > 1) {
      notices.push(`${lever.param} is given ${all.length} times; the first, ${quote(raw)}, is used.`)
    }
    const parsed = parseLever(lever, raw)
    if (parsed.ok) assign(value, lever, parsed.data)
    else notices.push(parsed.reason)
  }
  return { value, notices }
}

/**
 * A lever's value as its URL parameter, the inverse of parsing it; null where the link leaves
 * it out (an empty optional lever). Texts are never written here: they travel in the fragment.
 */
export function leverParam(lever: Lever, scenario: Scenario): string | null {
  switch (lever.kind) {
    case 'text':
      return null
    case 'size':
      return lever.keys.map((key) => String(readKey(scenario, key))).join('x')
    case 'models':
    case 'mix':
      return (readKey(scenario, lever.key) as (string | number)[]).map((v) => plain(v)).join(',')
    case 'latency':
      return scenario.latency.length === 0 ? null : writeLatency(scenario.latency)
    default: {
      const value = readKey(scenario, lever.key) as string | number | null
      if (lever.optionalInLinks && value === readKey(DEFAULT_SCENARIO, lever.key)) return null
      return value === null ? null : plain(value)
    }
  }
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 })

/** A value as a parameter: numbers in plain decimal (parsing refuses 1e-7); with separators for notices. */
function plain(value: string | number, withSeparators = false): string {
  if (typeof value === 'string') return value
  return withSeparators ? grouped.format(value) : plainDecimal(value)
}

/**
 * Turns parsed parameters into a full scenario, keeping only models the pricing data knows
 * (aliases resolved by `resolveId`) and a mix that fits them.
 */
export function applyScenarioParams(
  params: ScenarioParams,
  resolveId: (id: string) => string | undefined,
  base: Scenario = DEFAULT_SCENARIO,
): Parsed<Scenario> {
  const notices: string[] = []
  const { modelIds: askedIds, mixPercents: askedMix, images, ...plainParams } = params
  const scenario: Scenario = { ...base, ...plainParams, ...(images && { images: { ...base.images, ...images } }) }

  if (askedIds) {
    const known: string[] = []
    const unknown: string[] = []
    for (const id of askedIds) {
      const resolved = resolveId(id)
      if (resolved === undefined) unknown.push(id)
      else if (!known.includes(resolved)) known.push(resolved)
    }
    if (unknown.length > 0) {
      const what = unknown.length === 1 ? 'unknown model' : `${unknown.length} unknown model ids:`
      notices.push(`Ignored ${what} ${quoteList(unknown)}.`)
    }
    if (known.length > 0) {
      scenario.modelIds = known
      scenario.mixPercents = evenMix(known.length)
    }
    if (askedMix && unknown.length > 0) {
      notices.push('Ignored mix: it named shares for models that are not available.')
      return { value: scenario, notices }
    }
  }

  if (scenario.classifierModelId !== null) {
    const resolved = resolveId(scenario.classifierModelId)
    if (resolved === undefined) {
      notices.push(`Ignored classifier=${quote(scenario.classifierModelId)}: unknown model.`)
      scenario.classifierModelId = base.classifierModelId
    } else scenario.classifierModelId = resolved
  }

  if (askedMix) {
    const mix = mixFromPercents(askedMix, scenario.modelIds.length)
    if (mix) scenario.mixPercents = mix
    else
      notices.push(
        `Ignored mix=${quote(askedMix.join(','))}: needs one percent per model (${scenario.modelIds.length}) summing to 100.`,
      )
  }

  return { value: scenario, notices }
}

/** A real calendar date written YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
}

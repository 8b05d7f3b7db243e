import { DEFAULT_SCENARIO, LIMITS, type ImageInput, type Scenario } from '../scenario/scenario.ts'
import { evenMix, isValidMix } from '../scenario/mix.ts'

/** What the query string asked for, before model ids are checked against the pricing data. */
export interface ScenarioParams {
  prompt?: string
  system?: string
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
  pricingAsOf?: string
}

export interface Parsed<T> {
  value: T
  /** One sentence per ignored parameter, shown to the person on the page. */
  notices: string[]
}

const NUMBER = /^\d+(\.\d+)?$/
const INTEGER = /^\d+$/

type NumberRule = { param: string; key: keyof ScenarioParams; integer: boolean; min: number; max: number }

const NUMBER_RULES: NumberRule[] = [
  { param: 'volume', key: 'volume', integer: true, min: 0, max: LIMITS.volume },
  { param: 'max_tokens', key: 'maxTokens', integer: true, min: 1, max: LIMITS.maxTokens },
  { param: 'output', key: 'outputTokens', integer: true, min: 0, max: LIMITS.maxTokens },
  { param: 'input_tokens', key: 'inputTokensOverride', integer: true, min: 0, max: LIMITS.tokens },
  { param: 'response_cache', key: 'responseCachePercent', integer: false, min: 0, max: 100 },
  { param: 'prefix_tokens', key: 'prefixTokens', integer: true, min: 0, max: LIMITS.tokens },
  { param: 'prompt_cache', key: 'promptCachePercent', integer: false, min: 0, max: 100 },
  { param: 'batch', key: 'batchPercent', integer: false, min: 0, max: 100 },
  { param: 'reasoning', key: 'reasoningTokens', integer: true, min: 0, max: LIMITS.maxTokens },
]

const quote = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw)

/** Reads the documented query parameters. Invalid values are dropped with a notice. */
export function parseScenarioParams(search: string): Parsed<ScenarioParams> {
  const query = new URLSearchParams(search)
  const value: ScenarioParams = {}
  const notices: string[] = []

  const prompt = query.get('prompt')
  if (prompt !== null) value.prompt = prompt
  const system = query.get('system')
  if (system !== null) value.system = system

  for (const rule of NUMBER_RULES) {
    const raw = query.get(rule.param)
    if (raw === null) continue
    const trimmed = raw.trim()
    const n = Number(trimmed)
    const shapeOk = (rule.integer ? INTEGER : NUMBER).test(trimmed)
    if (!shapeOk || n < rule.min || n > rule.max) {
      const kind = rule.integer ? 'a whole number' : 'a number'
      notices.push(
        `Ignored ${rule.param}=${quote(raw)}: expected ${kind} from ${rule.min} to ${rule.max.toLocaleString('en-US')}.`,
      )
      continue
    }
    ;(value as Record<string, number>)[rule.key] = n
  }

  const images = parseImageParams(query, notices)
  if (images) value.images = images

  const asOf = query.get('pricing')
  if (asOf !== null) {
    if (isIsoDate(asOf)) value.pricingAsOf = asOf
    else notices.push(`Ignored pricing=${quote(asOf)}: expected a date like 2025-06-30.`)
  }

  const models = query.get('models')
  if (models !== null) {
    const ids = models
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
    if (ids.length === 0) notices.push('Ignored models: the list is empty.')
    else value.modelIds = [...new Set(ids)]
  }

  const mix = query.get('mix')
  if (mix !== null) {
    const parts = mix.split(',').map((s) => s.trim())
    if (parts.every((p) => NUMBER.test(p))) value.mixPercents = parts.map(Number)
    else notices.push(`Ignored mix=${quote(mix)}: expected comma-separated percents.`)
  }

  return { value, notices }
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
  const { modelIds: askedIds, mixPercents: askedMix, images, ...plain } = params
  const scenario: Scenario = { ...base, ...plain, ...(images && { images: { ...base.images, ...images } }) }

  if (askedIds) {
    const known: string[] = []
    const unknown: string[] = []
    for (const id of askedIds) {
      const resolved = resolveId(id)
      if (resolved === undefined) unknown.push(id)
      else if (!known.includes(resolved)) known.push(resolved)
    }
    if (unknown.length > 0) notices.push(`Ignored unknown model ${unknown.map((id) => quote(id)).join(', ')}.`)
    if (known.length > 0) {
      scenario.modelIds = known
      scenario.mixPercents = evenMix(known.length)
    }
    if (askedMix && unknown.length > 0) {
      notices.push('Ignored mix: it named shares for models that are not available.')
      return { value: scenario, notices }
    }
  }

  if (askedMix) {
    if (isValidMix(askedMix, scenario.modelIds.length)) scenario.mixPercents = askedMix
    else
      notices.push(
        `Ignored mix=${quote(askedMix.join(','))}: needs one percent per model (${scenario.modelIds.length}) summing to 100.`,
      )
  }

  return { value: scenario, notices }
}

const IMAGE_SIZE = /^(\d+)x(\d+)$/i

function parseImageParams(query: URLSearchParams, notices: string[]): Partial<ImageInput> | undefined {
  const images: Partial<ImageInput> = {}
  const count = query.get('images')
  if (count !== null) {
    const n = Number(count.trim())
    if (INTEGER.test(count.trim()) && n <= LIMITS.images) images.count = n
    else notices.push(`Ignored images=${quote(count)}: expected a whole number of images from 0 to ${LIMITS.images}.`)
  }
  const size = query.get('image_size')
  if (size !== null) {
    const match = IMAGE_SIZE.exec(size.trim())
    const [w, h] = match ? [Number(match[1]), Number(match[2])] : [0, 0]
    const fits = (side: number) => side >= 1 && side <= LIMITS.imageSidePx
    if (fits(w) && fits(h)) Object.assign(images, { widthPx: w, heightPx: h })
    else notices.push(`Ignored image_size=${quote(size)}: expected width x height in pixels, like 1024x768.`)
  }
  const detail = query.get('image_detail')
  if (detail !== null) {
    if (detail === 'low' || detail === 'high') images.detail = detail
    else notices.push(`Ignored image_detail=${quote(detail)}: expected low or high.`)
  }
  return Object.keys(images).length > 0 ? images : undefined
}

/** A real calendar date written YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
}

import { LIMITS, type Scenario } from './scenario.ts'

/**
 * Every lever a person sets, once: its URL parameter (the public contract), where the store
 * keeps it, its kind, limits, default, unit, label and one line of help. URL parsing, share
 * links, the embed's `controls`, the lever fields and the notices all read this table, and a
 * test keeps the README's URL-parameter table in step with it. Adding a lever is one row here
 * plus its use in the cost math.
 */

/** Where a lever's value lives in the scenario; `images.count` is `scenario.images.count`. */
export type LeverKey = Exclude<keyof Scenario, 'images' | 'customModel'> | `images.${keyof Scenario['images'] & string}`

/** Which fieldset of the page shows a lever. */
export type LeverGroup = 'prompt' | 'models' | 'routing' | 'traffic' | 'caching' | 'images' | 'workload' | 'latency'

interface LeverBase {
  /** The URL parameter, also the lever's name in the embed's `controls` and in notices. */
  param: string
  label: string
  /** One line under the field; names the API's usage field where there is one. */
  help: string
  /** The README's "meaning" column. */
  meaning: string
  /** The README's example, a value of `param`. */
  example: string
  group: LeverGroup
  /** Whether a host may let widget readers change it (`controls=<param>`). */
  embedControl: boolean
  /**
   * Written in share links only when set away from its default: levers added after the first
   * links were made, so a link from before them (its check lost in transit) still reads as whole.
   */
  optionalInLinks?: true
}

/** A number: `count` of things, `tokens`, or a 0–100 `percent`. */
export interface NumberLever extends LeverBase {
  kind: 'count' | 'tokens' | 'percent'
  key: LeverKey
  unit: 'requests' | 'tokens' | 'percent' | 'images' | 'turns' | 'items'
  integer: boolean
  min: number
  max: number
  /**
   * For levers that may be empty (null in the scenario): what empty means, shown as the field's
   * placeholder. Levers without it always hold a number.
   */
  empty?: (scenario: Scenario) => string
  /** Said under the field, in place of the help, when the value will not be used as it stands. */
  warning?: (scenario: Scenario) => string | undefined
  /** Said under the field, in place of the help, when other levers change what the value means. */
  note?: (scenario: Scenario) => string | undefined
}

/** Width × height in pixels, written `1024x768`. */
export interface SizeLever extends LeverBase {
  kind: 'size'
  keys: readonly [LeverKey, LeverKey]
  labels: readonly [string, string]
  min: number
  max: number
}

export interface EnumLever extends LeverBase {
  kind: 'enum'
  key: LeverKey
  options: readonly string[]
}

/** An ISO date (YYYY-MM-DD), or empty. */
export interface DateLever extends LeverBase {
  kind: 'date'
  key: LeverKey
}

/** A text box. Share links carry texts only in the compressed fragment, never the query. */
export interface TextLever extends LeverBase {
  kind: 'text'
  key: 'prompt' | 'system'
}

/** One model by id (resolved as `models` are), or none. */
export interface ModelLever extends LeverBase {
  kind: 'model'
  key: 'classifierModelId'
}

/** Each model's measured speed (latency.ts), written `model:ttft-ms:tokens-per-second,…`. */
export interface LatencyLever extends LeverBase {
  kind: 'latency'
  key: 'latency'
}

/** The compared models, and each one's share of traffic. */
export interface ListLever extends LeverBase {
  kind: 'models' | 'mix'
  key: 'modelIds' | 'mixPercents'
}

export type Lever = NumberLever | SizeLever | EnumLever | DateLever | TextLever | ListLever | ModelLever | LatencyLever

const percent = { kind: 'percent', unit: 'percent', integer: false, min: 0, max: 100 } as const

/** In URL order: the order share links write them and the README lists them. */
export const LEVERS: readonly Lever[] = [
  {
    param: 'prompt',
    kind: 'text',
    key: 'prompt',
    group: 'prompt',
    label: 'User prompt',
    help: 'What your feature sends as the user message.',
    meaning: 'user prompt text',
    example: 'Summarise%20this',
    embedControl: false,
  },
  {
    param: 'system',
    kind: 'text',
    key: 'system',
    group: 'prompt',
    label: 'System message',
    help: 'Sent before the prompt; by default the cacheable prefix.',
    meaning: 'system message text',
    example: 'Be%20brief',
    embedControl: true,
  },
  {
    param: 'models',
    kind: 'models',
    key: 'modelIds',
    group: 'models',
    label: 'Models',
    help: 'The models compared.',
    meaning: "comma-separated model ids (the provider's API model name; aliases such as `gpt-4o-2024-08-06` resolve)",
    example: 'gpt-4o-mini,gpt-4o',
    embedControl: false,
  },
  {
    param: 'mix',
    kind: 'mix',
    key: 'mixPercents',
    group: 'models',
    label: 'Traffic mix',
    help: 'Each model’s share of traffic, summing to 100%.',
    meaning: 'comma-separated percents in `models` order, summing to 100',
    example: '80,20',
    embedControl: true,
  },
  {
    param: 'escalation',
    ...percent,
    key: 'escalationPercent',
    group: 'routing',
    warning: (s) =>
      s.escalationPercent > 0 && s.modelIds.length < 2
        ? 'No effect with one model: escalation re-sends from the cheapest to the priciest model of the mix.'
        : undefined,
    label: 'Escalation rate (%)',
    help: 'Requests the cheapest model fails and the priciest answers again: both paid.',
    meaning:
      'percent of the requests routed to the cheapest compared model that are sent again to the priciest one, both paid, 0–100',
    example: '10',
    embedControl: true,
    optionalInLinks: true,
  },
  {
    param: 'classifier',
    kind: 'model',
    key: 'classifierModelId',
    group: 'routing',
    label: 'Classifier model',
    help: 'Called once per request to route it; none = no classifier.',
    meaning: 'a model id called once per request to route it (its input: `classifier_tokens`)',
    example: 'gpt-4.1-nano',
    embedControl: true,
    optionalInLinks: true,
  },
  {
    param: 'classifier_tokens',
    kind: 'tokens',
    key: 'classifierTokens',
    unit: 'tokens',
    integer: true,
    min: 0,
    max: LIMITS.tokens,
    empty: () => 'the request',
    warning: (s) =>
      s.classifierTokens !== null && s.classifierModelId === null ? 'No effect without a classifier model.' : undefined,
    group: 'routing',
    label: 'Classifier input tokens',
    help: 'What the classifier reads per request; empty = the request’s billed input.',
    meaning: 'input tokens of each classifier call (default: the request’s billed input)',
    example: '300',
    embedControl: true,
    optionalInLinks: true,
  },
  {
    param: 'classifier_output',
    kind: 'tokens',
    key: 'classifierOutputTokens',
    unit: 'tokens',
    integer: true,
    min: 0,
    max: LIMITS.maxTokens,
    group: 'routing',
    label: 'Classifier output tokens',
    help: 'Its answer: a label is a token or a few.',
    meaning: 'output tokens of each classifier call',
    example: '1',
    embedControl: true,
    optionalInLinks: true,
  },
  {
    param: 'volume',
    kind: 'count',
    key: 'volume',
    unit: 'requests',
    integer: true,
    min: 0,
    max: LIMITS.volume,
    note: (s) =>
      s.turns > 1
        ? `Counted in conversations of ${s.turns} requests (turns).`
        : s.items > 1
          ? `Counted in items, ${s.items.toLocaleString('en-US')} to a request.`
          : undefined,
    group: 'traffic',
    label: 'Requests per month',
    help: 'Calls your feature makes, before any cache.',
    meaning: 'requests per month (conversations when `turns` > 1, items when `items` > 1)',
    example: '1000000',
    embedControl: true,
  },
  {
    param: 'max_tokens',
    kind: 'tokens',
    key: 'maxTokens',
    unit: 'tokens',
    integer: true,
    min: 1,
    max: LIMITS.maxTokens,
    group: 'traffic',
    label: 'max_tokens',
    help: 'The reply limit you send; the worst case bills every reply at this length.',
    meaning: 'reply limit per request (whole number ≥ 1)',
    example: '1000',
    embedControl: true,
  },
  {
    param: 'output',
    kind: 'tokens',
    key: 'outputTokens',
    unit: 'tokens',
    integer: true,
    min: 0,
    max: LIMITS.maxTokens,
    empty: (s) => String(s.maxTokens),
    warning: (s) =>
      s.outputTokens !== null && s.outputTokens > s.maxTokens
        ? `Above max_tokens: a reply stops at ${s.maxTokens}, so it is priced at ${s.maxTokens}.`
        : undefined,
    group: 'traffic',
    label: 'Expected output tokens',
    help: 'Typical usage.completion_tokens; empty = max_tokens.',
    meaning: 'expected output tokens per request (defaults to `max_tokens`)',
    example: '250',
    embedControl: true,
  },
  {
    param: 'input_tokens',
    kind: 'tokens',
    key: 'inputTokensOverride',
    unit: 'tokens',
    integer: true,
    min: 0,
    max: LIMITS.tokens,
    empty: () => 'counted',
    group: 'traffic',
    label: 'Input tokens per request (override)',
    help: 'Your measured usage.prompt_tokens; empty = counted from the boxes.',
    meaning: 'billed input tokens per request, overhead included; replaces the counted value',
    example: '500',
    embedControl: false,
  },
  {
    param: 'response_cache',
    ...percent,
    key: 'responseCachePercent',
    group: 'traffic',
    label: 'Response-cache hit rate (%)',
    help: 'Requests your own cache answers without calling the API.',
    meaning: 'response-cache hit rate, 0–100',
    example: '20',
    embedControl: true,
  },
  {
    param: 'prefix_tokens',
    kind: 'tokens',
    key: 'prefixTokens',
    unit: 'tokens',
    integer: true,
    min: 0,
    max: LIMITS.tokens,
    empty: () => 'system message',
    group: 'caching',
    label: 'Cacheable prefix (tokens)',
    help: 'The stable start of every prompt; empty = the system message. OpenAI caches from 1,024 in 128-token steps.',
    meaning: 'cacheable prefix in tokens (default: the system message with its overhead)',
    example: '2006',
    embedControl: false,
  },
  {
    param: 'prompt_cache',
    ...percent,
    key: 'promptCachePercent',
    group: 'caching',
    label: 'Prompt-cache hit rate (%)',
    help: 'API requests whose prefix the provider reads from its cache (usage.prompt_tokens_details.cached_tokens > 0). 0 = no prompt caching.',
    meaning: 'prompt-cache hit rate, 0–100 (0 = no prompt caching)',
    example: '80',
    embedControl: true,
  },
  {
    param: 'batch',
    ...percent,
    key: 'batchPercent',
    group: 'caching',
    label: 'Batch share (%)',
    help: "API requests sent through the provider's batch API: 50% off at OpenAI, Anthropic and Google; none where a model has no batch API.",
    meaning: 'share of API requests sent through the batch API, 0–100',
    example: '30',
    embedControl: true,
  },
  {
    param: 'reasoning',
    kind: 'tokens',
    key: 'reasoningTokens',
    unit: 'tokens',
    integer: true,
    min: 0,
    max: LIMITS.maxTokens,
    group: 'caching',
    warning: (s) =>
      s.reasoningTokens > s.maxTokens
        ? `Above max_tokens: max_tokens bounds reasoning too, so at most ${s.maxTokens} are billed.`
        : undefined,
    label: 'Reasoning tokens per request',
    help: 'Hidden thinking billed as output (usage.completion_tokens_details.reasoning_tokens); reasoning models only.',
    meaning: 'reasoning tokens per request (reasoning models only)',
    example: '2000',
    embedControl: true,
  },
  {
    param: 'images',
    kind: 'count',
    key: 'images.count',
    unit: 'images',
    integer: true,
    min: 0,
    max: LIMITS.images,
    group: 'images',
    label: 'Images per request',
    help: 'Billed as input tokens; models with no published rule show “images: not priced”.',
    meaning: `images per request (whole number, 0–${LIMITS.images})`,
    example: '1',
    embedControl: true,
  },
  {
    param: 'image_size',
    kind: 'size',
    keys: ['images.widthPx', 'images.heightPx'],
    labels: ['Image width (px)', 'Image height (px)'],
    min: 1,
    max: LIMITS.imageSidePx,
    group: 'images',
    label: 'Image size',
    help: 'Before the provider resizes it.',
    meaning: 'image width x height in pixels',
    example: '1024x1024',
    embedControl: false,
  },
  {
    param: 'image_detail',
    kind: 'enum',
    key: 'images.detail',
    options: ['high', 'low'],
    group: 'images',
    label: 'Image detail',
    help: 'Low = a flat base per image on tile models (gpt-4o: 85).',
    meaning: '`low` or `high`',
    example: 'high',
    embedControl: false,
  },
  {
    param: 'turns',
    kind: 'count',
    key: 'turns',
    unit: 'turns',
    integer: true,
    min: 1,
    max: LIMITS.turns,
    group: 'workload',
    label: 'Turns per conversation',
    help: 'Requests in one conversation or agent loop; each re-sends the history. Above 1, volume counts conversations.',
    meaning: `requests per conversation, each re-sending the history (1–${LIMITS.turns}; above 1, \`volume\` counts conversations)`,
    example: '10',
    embedControl: true,
    optionalInLinks: true,
  },
  {
    param: 'turn_tokens',
    kind: 'tokens',
    key: 'turnTokens',
    unit: 'tokens',
    integer: true,
    min: 0,
    max: LIMITS.tokens,
    empty: () => 'the user prompt',
    warning: (s) =>
      s.turnTokens !== null && s.turns === 1 ? 'No effect with 1 turn: only later turns add messages.' : undefined,
    group: 'workload',
    label: 'Tokens per new message',
    help: 'Content of each new user or tool message in a conversation; empty = the user prompt.',
    meaning: 'content tokens of each new user or tool message (default: the user prompt as counted)',
    example: '100',
    embedControl: true,
    optionalInLinks: true,
  },
  {
    param: 'items',
    kind: 'count',
    key: 'items',
    unit: 'items',
    integer: true,
    min: 1,
    max: LIMITS.items,
    warning: (s) =>
      s.turns > 1 && (s.items > 1 || s.itemTokens > 0 || s.itemOutputTokens > 0)
        ? 'No effect while turns > 1: items are packed into single requests, not conversations.'
        : undefined,
    group: 'workload',
    label: 'Items per request',
    help: 'Items packed into one call (a classifier’s batch); volume counts items.',
    meaning: `items packed into one request (1–${LIMITS.items.toLocaleString('en-US')}); \`volume\` counts items`,
    example: '50',
    embedControl: true,
    optionalInLinks: true,
  },
  {
    param: 'item_tokens',
    kind: 'tokens',
    key: 'itemTokens',
    unit: 'tokens',
    integer: true,
    min: 0,
    max: LIMITS.tokens,
    group: 'workload',
    label: 'Input tokens per item',
    help: 'Added to the billed input of the request for each item.',
    meaning: 'input tokens each item adds to a request',
    example: '50',
    embedControl: true,
    optionalInLinks: true,
  },
  {
    param: 'item_output',
    kind: 'tokens',
    key: 'itemOutputTokens',
    unit: 'tokens',
    integer: true,
    min: 0,
    max: LIMITS.maxTokens,
    group: 'workload',
    label: 'Output tokens per item',
    help: 'Added to the expected reply for each item; max_tokens still bounds the reply.',
    meaning: 'output tokens each item adds to the reply',
    example: '20',
    embedControl: true,
    optionalInLinks: true,
  },
  {
    param: 'latency',
    kind: 'latency',
    key: 'latency',
    group: 'latency',
    label: 'Measured speed',
    help: 'Your own measurements per model: time to first token (ms) and output tokens a second, each a number or a range.',
    meaning:
      'per model, your measured time to first token (ms) and output tokens/s, each a number or `low-high`: `model:ttft:tps`, comma-separated',
    example: 'gpt-4o-mini:300-600:60-110',
    embedControl: true,
    optionalInLinks: true,
  },
  {
    param: 'pricing',
    kind: 'date',
    key: 'pricingAsOf',
    group: 'traffic',
    label: 'Prices as of',
    help: 'Empty = today’s prices; a date uses the prices in force that day.',
    meaning: 'price with the rows in force on this ISO date (default: current prices)',
    example: '2025-03-01',
    embedControl: false,
  },
]

/** The lever with this URL parameter; throws on a name no row has (a programming error). */
export function lever(param: string): Lever {
  const found = LEVERS.find((l) => l.param === param)
  if (!found) throw new Error(`no lever ${param}`)
  return found
}

export const numberLever = (param: string): NumberLever => {
  const found = lever(param)
  if (found.kind !== 'count' && found.kind !== 'tokens' && found.kind !== 'percent') {
    throw new Error(`${param} is not a number`)
  }
  return found
}

/** Levers a host can let widget readers change, by URL parameter name. */
export const EMBED_CONTROLS = LEVERS.filter((l) => l.embedControl).map((l) => l.param)

/** A lever's value in a scenario. */
export function readKey(scenario: Scenario, key: LeverKey): unknown {
  if (key.startsWith('images.')) return scenario.images[key.slice(7) as keyof Scenario['images']]
  return scenario[key as keyof Scenario]
}

/** The scenario fields that set a lever's value, to merge into a scenario. */
export function writeKey(scenario: Pick<Scenario, 'images'>, key: LeverKey, value: unknown): Partial<Scenario> {
  if (key.startsWith('images.')) return { images: { ...scenario.images, [key.slice(7)]: value } }
  return { [key]: value }
}

/** The store keys of a lever. */
export const leverKeys = (lever: Lever): readonly LeverKey[] => (lever.kind === 'size' ? lever.keys : [lever.key])

/** A lever's value in a few words, for a folded group's one-line summary: "batch 30%". */
export function describeLever(lever: Lever, scenario: Scenario): string {
  const name = lever.param.replaceAll('_', ' ')
  switch (lever.kind) {
    case 'size':
      return `${name} ${lever.keys.map((key) => String(readKey(scenario, key))).join('×')}`
    case 'count':
    case 'tokens':
    case 'percent': {
      const value = readKey(scenario, lever.key) as number | null
      if (value === null) return `${name}: ${lever.empty?.(scenario) ?? 'none'}`
      return `${name} ${value.toLocaleString('en-US', { maximumFractionDigits: 20 })}${lever.kind === 'percent' ? '%' : ''}`
    }
    case 'latency':
      return scenario.latency.length === 0 ? `${name}: none` : `${name}: ${scenario.latency.length} model(s)`
    default:
      return `${name} ${String(readKey(scenario, lever.key) ?? 'none')}`
  }
}

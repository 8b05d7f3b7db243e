import { CHAT_ROLES } from '../chat/chat-input-tokens.ts'
import * as v from 'valibot'
import { fail, ok, type Result } from '../result.ts'
import { LIMITS, type Scenario } from '../scenario/scenario.ts'
import { base64UrlToBytes, bytesToBase64Url } from './base64url.ts'
import { checksum } from './checksum.ts'
import { deflateText, inflateText } from './deflate.ts'
import { leverParam } from './scenario-params.ts'
import { LEVERS, type Lever } from '../scenario/levers.ts'

/**
 * Share links are the documented query parameters, every lever written out so a link means
 * the same whatever later defaults become, plus:
 * - `v`, the link format's version (links without it are hand-written: missing parameters take
 *   the page's defaults);
 * - `c`, a checksum of the scenario parameters, written after them: it tells an intact link from
 *   one edited by hand (opened as it reads, with a quiet note) and from one cut off in transit
 *   (opened with defaults and a notice instead of a number from a cut-short value);
 * - a fragment `#z=…` holding, compressed, the texts (prompt, system, the messages between them,
 *   tools and response format) and the custom model.
 *   The texts never go in the query: a query is sent to the host with the page request (and
 *   lands in its logs); a fragment never leaves the browser. Hand-written links may still use
 *   the `prompt` and `system` parameters.
 */
export const SHARE_VERSION = 1

/** How the page is shown, not what it computes: hosts may change these freely. */
const PRESENTATION_PARAMS = ['embed', 'theme', 'controls'] as const

/** Chromium opens URLs up to 2 MB; past this the texts are left out of the link. */
export const MAX_LINK_CHARS = 1_500_000
const MAX_INFLATED_BYTES = 64 * 1024 * 1024

const price = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(LIMITS.usdPerMTok))
const CustomModelSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(200)),
  inputUsdPerMTok: price,
  outputUsdPerMTok: price,
  cachedInputUsdPerMTok: v.nullable(price),
  batchDiscountPercent: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
})

const MessageSchema = v.object({
  role: v.picklist(CHAT_ROLES),
  content: v.string(),
  name: v.optional(v.pipe(v.string(), v.maxLength(200))),
})

// Unknown keys are dropped, not refused: a later version may add some. Messages, tools and the
// response format came after the first links; links without them open with none.
const PayloadSchema = v.object({
  v: v.pipe(v.number(), v.integer(), v.minValue(1)),
  prompt: v.optional(v.string()),
  system: v.optional(v.string()),
  messages: v.optional(v.pipe(v.array(MessageSchema), v.maxLength(LIMITS.messages))),
  tools: v.optional(v.string()),
  response_format: v.optional(v.string()),
  custom: v.optional(CustomModelSchema),
})

export type SharePayload = v.InferOutput<typeof PayloadSchema>

export interface ShareLink {
  /** `?v=1&…&c=…`, presentation parameters after the checksum. */
  search: string
  /** `#z=…`, or '' when nothing needed it. */
  hash: string
  /** The texts were too long for any link and were left out. */
  textOmitted: boolean
}

/** The share link of a scenario, with optional presentation parameters (embed, theme, controls). */
export async function shareLink(scenario: Scenario, presentation: Record<string, string> = {}): Promise<ShareLink> {
  const params = scenarioParams(scenario)
  const payload: SharePayload = { v: SHARE_VERSION }
  if (scenario.prompt !== '') payload.prompt = scenario.prompt
  if (scenario.system !== '') payload.system = scenario.system
  if (scenario.messages.length > 0) payload.messages = scenario.messages
  if (scenario.tools !== '') payload.tools = scenario.tools
  if (scenario.responseFormat !== '') payload.response_format = scenario.responseFormat
  if (scenario.customModel) payload.custom = scenario.customModel
  params.set('c', checksum(canonical(params)))
  for (const [key, value] of Object.entries(presentation)) params.set(key, value)
  const search = `?${params.toString()}`

  let hash = await fragment(payload)
  let textOmitted = false
  if (search.length + hash.length > MAX_LINK_CHARS) {
    hash = await fragment({ v: SHARE_VERSION, ...(payload.custom && { custom: payload.custom }) })
    textOmitted = true
  }
  return { search, hash, textOmitted }
}

/** Every lever as a documented query parameter, in the lever table's order. */
function scenarioParams(s: Scenario): URLSearchParams {
  const params = new URLSearchParams({ v: String(SHARE_VERSION) })
  for (const lever of LEVERS) {
    const value = leverParam(lever, s)
    if (value !== null) params.set(lever.param, value)
  }
  return params
}

const canonical = (params: URLSearchParams): string =>
  new URLSearchParams(
    [...params].filter(([key]) => key !== 'c' && !(PRESENTATION_PARAMS as readonly string[]).includes(key)),
  ).toString()

async function fragment(payload: SharePayload): Promise<string> {
  if (Object.keys(payload).length === 1) return ''
  return `#z=${bytesToBase64Url(await deflateText(JSON.stringify(payload)))}`
}

/** What kind of link the query string is. */
export type LinkKind =
  | { kind: 'hand-written' }
  /** Intact: its check matches. */
  | { kind: 'share'; version: number }
  /** A readable parameter was changed after the link was made (the check no longer matches). */
  | { kind: 'edited'; version: number }
  /** Cut off: the check, and parameters every share link writes, are missing. */
  | { kind: 'cut-off' }
  | { kind: 'broken' }

/**
 * Tells a promptmeter share link from a hand-written one, and an intact one from one edited by
 * hand (each value is still checked on its own) or cut off in transit (its last values may be
 * cut short, so none can be trusted). The check `c` is written after every scenario parameter,
 * so a link cut off anywhere before it has no check; a link whose check alone is missing still
 * holds every parameter share links always write.
 */
export function linkKind(search: string): LinkKind {
  const params = new URLSearchParams(search)
  const version = params.get('v')
  if (version === null) return { kind: 'hand-written' }
  if (!/^\d+$/.test(version)) return { kind: 'broken' }
  const check = params.get('c')
  if (check === null) {
    const whole = LEVERS.every((lever) => !alwaysWritten(lever) || params.has(lever.param))
    return whole ? { kind: 'edited', version: Number(version) } : { kind: 'cut-off' }
  }
  return { kind: check === checksum(canonical(params)) ? 'share' : 'edited', version: Number(version) }
}

/** Levers every share link writes: all but texts (in the fragment) and those that may be empty. */
function alwaysWritten(lever: Lever): boolean {
  if (lever.kind === 'text' || lever.kind === 'date' || lever.optionalInLinks) return false
  return !('empty' in lever && lever.empty !== undefined)
}

/** Reads a `#z=…` fragment. undefined when there is none. */
export async function readFragment(hash: string): Promise<Result<SharePayload> | undefined> {
  if (!hash.startsWith('#z=')) return undefined
  const bytes = base64UrlToBytes(hash.slice(3))
  if (!bytes) return fail('its saved text is not readable')
  let json: unknown
  try {
    json = JSON.parse(await inflateText(bytes, MAX_INFLATED_BYTES))
  } catch {
    return fail('its saved text is cut off or damaged')
  }
  const parsed = v.safeParse(PayloadSchema, json)
  return parsed.success ? ok(parsed.output) : fail('its saved text is not in a form this version reads')
}

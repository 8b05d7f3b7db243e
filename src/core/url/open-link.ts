import { CUSTOM_MODEL_ID, type CustomModelInput, type Scenario } from '../scenario/scenario.ts'
import { applyScenarioParams, parseScenarioParams, type ScenarioParams } from './scenario-params.ts'
import { linkKind, readFragment, SHARE_VERSION } from './share-link.ts'

/** The parts of a page address that hold a scenario. */
export interface PageAddress {
  search: string
  hash: string
}

/** What an address asks for, before its model ids are checked against the pricing data. */
export interface OpenedLink {
  params: ScenarioParams
  /** The custom model saved in the fragment, if any. */
  customModel: CustomModelInput | undefined
  /** What the page ignored or could not read: said plainly. */
  notices: string[]
  /** What the person may like to know but need not act on (a link edited by hand). */
  infos: string[]
}

const CUT_OFF = 'This link is incomplete (it was cut off after promptmeter made it), so the page opened with defaults.'
const BROKEN =
  'This link is damaged (its version is not readable), so the page opened with defaults. To write a link by hand, leave out its v and c parameters.'
const EDITED = 'This link was changed after promptmeter made it; the page shows the values it holds now.'

/**
 * Migrations of share links from older link versions, oldest first: `MIGRATIONS[n]` turns the
 * query of a `v=n` link into that of a `v=n+1` link. Empty while v1 is the only version; a
 * frozen v1 link in the tests must keep opening exactly as it did.
 */
const MIGRATIONS: Record<number, (query: URLSearchParams) => URLSearchParams> = {}

function migrate(search: string, version: number): string {
  let query = new URLSearchParams(search)
  for (let v = version; v < SHARE_VERSION; v++) query = MIGRATIONS[v]?.(query) ?? query
  return `?${query.toString()}`
}

/**
 * Opens a page address: the one place that reads a link. Never throws; whatever it cannot use
 * it names in a notice.
 * - A hand-written link (no `v`): the parameters it has, each checked; the rest keep defaults.
 * - A share link, intact or edited by hand: every value it holds, each checked. An edited one
 *   gets a quiet note (the person who edited it knows why).
 * - A share link cut off in transit: its last values may be cut short and none can be trusted,
 *   so the page opens with defaults and says so.
 * - A damaged fragment: the texts and custom model it held are left out, and the notice says
 *   so; the readable parameters still apply.
 */
export async function openLink({ search, hash }: PageAddress): Promise<OpenedLink> {
  const notices: string[] = []
  const infos: string[] = []
  const empty = (notice: string): OpenedLink => ({ params: {}, customModel: undefined, notices: [notice], infos })
  const link = linkKind(search)
  if (link.kind === 'cut-off') return empty(CUT_OFF)
  if (link.kind === 'broken') return empty(BROKEN)
  if (link.kind === 'edited') infos.push(EDITED)
  const version = link.kind === 'hand-written' ? SHARE_VERSION : link.version
  if (version > SHARE_VERSION) {
    notices.push(
      'This link was made by a newer version of promptmeter; settings this version does not know are left out.',
    )
  }

  const parsed = parseScenarioParams(migrate(search, version))
  notices.push(...parsed.notices)
  const params = parsed.value
  const fragment = await readFragment(hash)
  let customModel: CustomModelInput | undefined
  if (fragment?.ok) {
    if (fragment.data.prompt !== undefined) params.prompt = fragment.data.prompt
    if (fragment.data.system !== undefined) params.system = fragment.data.system
    if (fragment.data.messages !== undefined) params.messages = fragment.data.messages
    if (fragment.data.tools !== undefined) params.tools = fragment.data.tools
    if (fragment.data.response_format !== undefined) params.responseFormat = fragment.data.response_format
    customModel = fragment.data.custom
  } else if (fragment) {
    notices.push(
      `The texts saved in this link could not be opened (${fragment.reason}), so the prompt and system boxes start empty and no custom model is added; the other settings opened as in the link.`,
    )
  }
  return { params, customModel, notices, infos }
}

/** Resolves model ids as the pricing data does, and `custom` while the scenario has a custom model. */
export const resolvingCustom =
  (resolveId: (id: string) => string | undefined, customModel: CustomModelInput | null) =>
  (id: string): string | undefined =>
    id === CUSTOM_MODEL_ID && customModel ? CUSTOM_MODEL_ID : resolveId(id)

/**
 * Opens an address straight into a scenario, model ids resolved by `resolveId`: URL → scenario +
 * notices, in one call (the page does the same in two steps, so counting starts before prices load).
 */
export async function openLinkAsScenario(
  address: PageAddress,
  resolveId: (id: string) => string | undefined,
  base: Scenario,
): Promise<{ scenario: Scenario; notices: string[]; infos: string[] }> {
  const opened = await openLink(address)
  const withCustom = { ...base, ...(opened.customModel && { customModel: opened.customModel }) }
  const applied = applyScenarioParams(opened.params, resolvingCustom(resolveId, withCustom.customModel), withCustom)
  return { scenario: applied.value, notices: [...opened.notices, ...applied.notices], infos: opened.infos }
}

import { EMBED_CONTROLS } from '../scenario/levers.ts'
import { quote, quoteList, type Parsed } from './scenario-params.ts'

export const THEMES = ['light', 'dark', 'auto'] as const
export type Theme = (typeof THEMES)[number]

/** Levers a host can let readers change in the widget (`controls=volume,batch`): levers.ts says which. */
export { EMBED_CONTROLS }
/** A lever's URL parameter, as named in `controls`. */
export type EmbedControl = string

export interface EmbedOptions {
  /** `embed=1`: the compact widget layout. */
  embed: boolean
  theme: Theme
  controls: EmbedControl[]
}

export const DEFAULT_EMBED_CONTROLS: EmbedControl[] = ['volume']

/** Reads the presentation parameters; invalid values are dropped with a notice. */
export function parseEmbedParams(search: string): Parsed<EmbedOptions> {
  const query = new URLSearchParams(search)
  const notices: string[] = []
  const theme = query.get('theme') ?? 'auto'
  const themeOk = (THEMES as readonly string[]).includes(theme)
  if (!themeOk) notices.push(`Ignored theme=${quote(theme)}: expected light, dark or auto.`)

  let controls = DEFAULT_EMBED_CONTROLS
  const asked = query.get('controls')
  if (asked !== null) {
    const names = asked
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
    const unknown = names.filter((n) => !EMBED_CONTROLS.includes(n))
    if (unknown.length > 0) {
      notices.push(`Ignored unknown control ${quoteList(unknown)}: known are ${EMBED_CONTROLS.join(', ')}.`)
    }
    controls = EMBED_CONTROLS.filter((c) => names.includes(c))
  }
  return { value: { embed: query.get('embed') === '1', theme: themeOk ? (theme as Theme) : 'auto', controls }, notices }
}

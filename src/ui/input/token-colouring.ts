import { Facet, StateEffect, type Extension, type Range } from '@codemirror/state'
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view'
import type { EncodingName } from '../../core/tokenize/encoding-names.ts'
import { isPartial, type TokenSegment } from '../../core/tokenize/token-segments.ts'
import type { TokenWindow } from '../../core/tokenize/token-window.ts'
import { yieldToEvents } from '../../core/yield-to-events.ts'
import { PARTIAL_CLASS, TOKEN_COLOURS, segmentTitle } from './token-colours.ts'

/** What the colouring needs from the page: the editor's text as one string, and a tokeniser. */
export interface TokenSource {
  /** The document as the store holds it (the same string object, so the worker has it already). */
  text: () => string
  tokenWindow: (encoding: EncodingName, text: string, from: number, to: number) => Promise<TokenWindow>
}

export interface TokenColouringConfig {
  encoding: EncodingName
  /** Off: no colours and no tokenising at all. */
  colours: boolean
}

/** The colouring's settings, swapped through a compartment as the person changes them. */
export const tokenColouringConfig = Facet.define<TokenColouringConfig, TokenColouringConfig>({
  combine: (values) => values[0] ?? { encoding: 'o200k_base', colours: false },
})

/**
 * A part of a window's colours: its marks replace those in [from, to). The first part of a window
 * also drops the marks outside it (`window`), left from an earlier one.
 */
interface ColoursPart {
  marks: readonly Range<Decoration>[]
  from: number
  to: number
  window: { from: number; to: number } | undefined
  version: number
}

const tokensArrived = StateEffect.define<ColoursPart>()

/**
 * Tokens coloured per task. CodeMirror draws a mark as a span of its own: a screenful of one long
 * line (minified JSON, say) is thousands of them, which held the page for 100–180 ms in one task;
 * a hundred take 1–10 ms (more where the caret is: the line is laid out again to place it).
 */
const MARKS_PER_TASK = 100

/**
 * The segment at a position of the editor (the caret: the token after it, or at the end of a
 * line or the text, the one before), from the colouring on screen.
 */
export function segmentAt(view: EditorView, position: number): TokenSegment | undefined {
  const segments = view.plugin(colouringPlugin)?.segments ?? []
  return segments.find((s) => s.start <= position && position < s.end) ?? segments.find((s) => s.end === position)
}

/**
 * Colours the tokens of what is on screen (CodeMirror's viewport, plus its margin), tokenised
 * in the worker exactly as in the whole text (token-window.ts). Until a newer window arrives,
 * the last one's colours follow the edits (mapped through the changes), so typing never blanks
 * them.
 */
export function tokenColouring(source: TokenSource): Extension {
  return [tokenSourceFacet.of(source), colouringPlugin]
}

const tokenSourceFacet = Facet.define<TokenSource, TokenSource | undefined>({ combine: (values) => values[0] })

const colouringPlugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet = Decoration.none
    /** The segments behind the decorations, for `segmentAt` (doc positions of `segmentsVersion`). */
    segments: readonly TokenSegment[] = []
    /** Bumped by every edit: a window asked for before it is stale when it arrives. */
    #version = 0
    /** Bumped by every request: an older one still colouring part by part stops. */
    #asked = 0
    #pending: ReturnType<typeof setTimeout> | undefined

    constructor(readonly view: EditorView) {
      this.#schedule()
    }

    update(update: ViewUpdate) {
      for (const effect of update.transactions.flatMap((t) => t.effects)) {
        if (effect.is(tokensArrived) && effect.value.version === this.#version) {
          const { marks, from, to, window } = effect.value
          this.decorations = this.decorations.update({
            filter: (start, end) =>
              (end <= from || start >= to) && (!window || (start >= window.from && end <= window.to)),
            add: marks,
          })
          return
        }
      }
      const configChanged = update.startState.facet(tokenColouringConfig) !== update.state.facet(tokenColouringConfig)
      if (update.docChanged) {
        this.#version++
        this.decorations = this.decorations.map(update.changes)
        this.segments = []
      }
      if (configChanged && !update.state.facet(tokenColouringConfig).colours) this.decorations = Decoration.none
      if (update.docChanged || update.viewportChanged || configChanged) this.#schedule()
    }

    destroy() {
      clearTimeout(this.#pending)
    }

    // One request per burst of typing or scrolling: a frame's worth of quiet is enough.
    #schedule() {
      clearTimeout(this.#pending)
      this.#pending = setTimeout(() => void this.#request(), 16)
    }

    async #request() {
      const { encoding, colours } = this.view.state.facet(tokenColouringConfig)
      const source = this.view.state.facet(tokenSourceFacet)
      if (!colours || !source) return
      // The text the store holds lags the document while a long paste goes in by parts.
      const text = source.text()
      if (text.length !== this.view.state.doc.length) return
      const version = this.#version
      const asked = ++this.#asked
      // What is on screen (the viewport adds a margin; off screen, the viewport itself). One
      // line may be megabytes: the window is cut to its most (token-window.ts).
      const { visibleRanges, viewport } = this.view
      const from = visibleRanges[0]?.from ?? viewport.from
      const to = visibleRanges.at(-1)?.to ?? viewport.to
      let window: TokenWindow
      try {
        window = await source.tokenWindow(encoding, text, from, to)
      } catch {
        // The token view beside the editor says what went wrong; here the text just stays plain.
        return
      }
      const current = () =>
        version === this.#version && asked === this.#asked && this.view.state.facet(tokenColouringConfig).colours
      if (!current()) return
      this.segments = window.segments
      const { segments } = window
      for (let at = 0; at < segments.length; at += MARKS_PER_TASK) {
        if (at > 0) {
          await yieldToEvents()
          if (!current()) return
        }
        const part = segments.slice(at, at + MARKS_PER_TASK)
        const [partFrom, partTo] = [part[0]!.start, part.at(-1)!.end]
        const whole = at === 0 ? { from: partFrom, to: segments.at(-1)!.end } : undefined
        this.view.dispatch({
          effects: tokensArrived.of({ marks: marks(part, at), from: partFrom, to: partTo, window: whole, version }),
        })
      }
      // No tokens to show here (a run with no safe split near): the colours go.
      if (segments.length === 0) {
        this.view.dispatch({ effects: tokensArrived.of({ marks: [], from, to, window: { from, to }, version }) })
      }
    }
  },
  { decorations: (plugin) => plugin.decorations },
)

/** The marks of `segments`, the first of which is the window's `index`-th (colours alternate by it). */
function marks(segments: readonly TokenSegment[], index: number): Range<Decoration>[] {
  return segments.flatMap((segment, i) => {
    if (segment.start === segment.end) return []
    const partial = isPartial(segment)
    const colour = TOKEN_COLOURS[(index + i) % TOKEN_COLOURS.length]!
    return Decoration.mark({
      class: partial ? `${colour} ${PARTIAL_CLASS}` : colour,
      attributes: { title: segmentTitle(segment.ids, partial) },
    }).range(segment.start, segment.end)
  })
}

import { memo, useDeferredValue, useEffect, useId, useState } from 'react'
import { ENCODING_NAMES, type EncodingName } from '../../core/tokenize/encoding-names.ts'
import { formatInteger } from '../../core/format/format-usd.ts'
import { isPartial, type TokenSegment } from '../../core/tokenize/token-segments.ts'
import type { TokenWindow } from '../../core/tokenize/token-window.ts'
import { useStore } from '../../state/store.ts'
import { useTokenEncoding } from '../hooks/use-token-display.ts'
import { useLasting } from '../hooks/use-lasting.ts'
import { PENDING_SHOWN_AFTER_MS, PENDING_SHOWN_CLASS } from '../hooks/pending-shown.ts'
import { workerClient } from '../hooks/worker-client.ts'
import { PARTIAL_CLASS, TOKEN_COLOURS, segmentTitle } from './token-colours.ts'

/** The same empty list each time: what receives it can skip re-rendering. */
const NO_SEGMENTS: readonly TokenSegment[] = []

/** Characters of the prompt shown as tokens at a time: a screenful. */
const WINDOW_CHARS = 2_000

/**
 * The prompt's tokens, as the encoding cuts them: a window of the text at a time, tokenised in
 * the worker exactly as in the whole text. Each segment carries its token ids
 * (`data-token-ids`); a character split over several tokens is one segment, marked partial.
 */
export function TokenView() {
  // Deferred: a paste's own task stays short (the request hands a long text to the worker).
  const current = useStore((s) => s.scenario.prompt)
  const prompt = useDeferredValue(current)
  const encoding = useTokenEncoding()
  const { colours, whitespace, idsAsText } = useStore((s) => s.tokenDisplay)
  const [start, setStart] = useState(0)
  // The window follows the editor's scroll; Earlier and Later move it on from there.
  const inView = useStore((s) => s.promptInView)
  const [followed, setFollowed] = useState(inView)
  if (followed !== inView) {
    setFollowed(inView)
    setStart(inView)
  }
  const [shown, setShown] = useState<Shown>()
  const [error, setError] = useState<string>()
  const id = useId()

  // A shorter text may leave the window past its end.
  const from = Math.min(start, Math.max(0, prompt.length - 1))
  const to = Math.min(prompt.length, from + WINDOW_CHARS)
  useEffect(() => {
    let current = true
    workerClient.tokenWindow(encoding, prompt, from, to).then(
      (window) => {
        if (!current) return
        setShown({ text: prompt, encoding, window })
        setError(undefined)
      },
      (reason: unknown) => current && setError(String(reason)),
    )
    return () => {
      current = false
    }
  }, [encoding, prompt, from, to])

  // The window shown is the one asked for (the text, the place and the encoding), or it is busy;
  // busy too while the deferred text is behind the box's (the count may settle first).
  const upToDate =
    current === prompt && shown?.text === prompt && shown.window.from === from && shown.encoding === encoding
  // Until the next window arrives the last one stays, marked busy (and muted once that lasts, as
  // the count is): cleared at once, the view was laid out and painted twice beside every paste's
  // count, and on two cores that slowed the count by a third.
  const pendingShown = useLasting(!upToDate, PENDING_SHOWN_AFTER_MS)
  const visible = prompt.length === 0 ? undefined : shown?.window
  const length = shown?.text.length ?? 0
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-2">
      <TokenViewControls
        titleId={`${id}-title`}
        encoding={encoding}
        colours={colours}
        whitespace={whitespace}
        idsAsText={idsAsText}
      />
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The tokens could not be shown: {error}
        </p>
      ) : (
        <div
          data-testid="token-view"
          aria-label={`Tokens of the prompt, as ${encoding} cuts them`}
          aria-busy={!upToDate}
          className={`max-h-64 overflow-auto rounded border border-slate-200 p-2 font-mono text-sm break-words whitespace-pre-wrap dark:border-slate-700 ${whitespace ? 'show-whitespace' : ''} ${pendingShown ? PENDING_SHOWN_CLASS : ''}`}
        >
          {prompt.length === 0 && <span className="text-slate-500 dark:text-slate-400">No text yet.</span>}
          {visible?.noSplitNear && (
            <span className="text-slate-600 dark:text-slate-400">
              This part of the prompt is one long run of characters with no place where tokens can be cut apart (tens of
              thousands of characters), too long to show as tokens here. The count above is exact.
            </span>
          )}
          <Segments
            segments={visible?.segments ?? NO_SEGMENTS}
            covered={visible?.text ?? ''}
            colours={colours}
            whitespace={whitespace}
            idsAsText={idsAsText}
          />
        </div>
      )}
      {visible && length > WINDOW_CHARS && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span className="text-slate-600 dark:text-slate-400">
            Characters {formatInteger(visible.from + 1)}–{formatInteger(visible.to)} of {formatInteger(length)}
          </span>
          <button
            type="button"
            className="underline disabled:no-underline disabled:opacity-50"
            disabled={visible.from === 0}
            onClick={() => setStart(Math.max(0, visible.from - WINDOW_CHARS))}
          >
            Earlier
          </button>
          <button
            type="button"
            className="underline disabled:no-underline disabled:opacity-50"
            disabled={visible.to >= length}
            onClick={() => setStart(visible.to)}
          >
            Later
          </button>
        </div>
      )}
    </section>
  )
}

/** The window on screen, with the text and encoding it was asked for. */
interface Shown {
  text: string
  encoding: EncodingName
  window: TokenWindow
}

/** The heading and the view's settings: drawn again only when one of them changes, not at every edit. */
const TokenViewControls = memo(function TokenViewControls({
  titleId,
  encoding,
  colours,
  whitespace,
  idsAsText,
}: {
  titleId: string
  encoding: EncodingName
  colours: boolean
  whitespace: boolean
  idsAsText: boolean
}) {
  const setTokenDisplay = useStore((s) => s.setTokenDisplay)
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <h2 id={titleId} className="font-medium">
        Tokens
      </h2>
      <label className="flex items-center gap-1">
        <span className="text-slate-600 dark:text-slate-400">as</span>
        <select
          aria-label="Token view encoding"
          className="rounded border border-slate-300 bg-white px-1 dark:border-slate-600 dark:bg-slate-900"
          value={encoding}
          onChange={(event) => setTokenDisplay({ encoding: event.target.value as EncodingName })}
        >
          {ENCODING_NAMES.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <Toggle label="Colours" checked={colours} onChange={(on) => setTokenDisplay({ colours: on })} />
      <Toggle label="Whitespace" checked={whitespace} onChange={(on) => setTokenDisplay({ whitespace: on })} />
      <Toggle label="Ids as text" checked={idsAsText} onChange={(on) => setTokenDisplay({ idsAsText: on })} />
    </div>
  )
})

/**
 * The window's segments; `covered` is the text from the first one's start. Drawn again when the
 * window changes, not when a keystroke marks the view busy (hundreds of segments a keystroke).
 */
const Segments = memo(function Segments({
  segments,
  covered,
  colours,
  whitespace,
  idsAsText,
}: {
  segments: readonly TokenSegment[]
  covered: string
  colours: boolean
  /** White space in spans that can show a mark (only then: a third of the view's elements). */
  whitespace: boolean
  idsAsText: boolean
}) {
  const base = segments[0]?.start ?? 0
  return segments.map((segment, i) => (
    <Segment
      key={segment.start}
      text={covered.slice(segment.start - base, segment.end - base)}
      segment={segment}
      colour={colours ? TOKEN_COLOURS[i % TOKEN_COLOURS.length]! : ''}
      whitespace={whitespace}
      idsAsText={idsAsText}
    />
  ))
})

/** One segment: `text` is its own text. */
function Segment({
  text,
  segment,
  colour,
  whitespace,
  idsAsText,
}: {
  text: string
  segment: TokenSegment
  colour: string
  whitespace: boolean
  idsAsText: boolean
}) {
  const ids = segment.ids.join(' ')
  const partial = isPartial(segment)
  return (
    <>
      <span
        data-token-ids={ids}
        data-partial={partial || undefined}
        title={segmentTitle(segment.ids, partial)}
        className={`${colour} ${partial ? PARTIAL_CLASS : ''}`}
      >
        {whitespace ? withVisibleWhitespace(text) : text}
      </span>
      {idsAsText && <span className="mr-1 align-super text-[0.65rem] text-slate-600 dark:text-slate-400">{ids}</span>}
    </>
  )
}

/**
 * The text, each white-space character in a span that can show a mark for it (CSS, under
 * `.show-whitespace`): the text itself stays exactly the text, so it copies as it is.
 */
function withVisibleWhitespace(text: string) {
  const parts = text.split(/([ \t\r\n])/)
  return parts.map((part, i) =>
    i % 2 === 0 ? (
      part
    ) : (
      <span key={i} data-whitespace={MARKS[part]}>
        {part}
      </span>
    ),
  )
}

const MARKS: Record<string, string> = { ' ': '·', '\t': '→', '\r': '␍', '\n': '↵' }

function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="flex items-center gap-1">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  )
}

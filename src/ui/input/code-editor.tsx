import { Annotation, Compartment, EditorSelection, EditorState, Transaction, type ChangeSet } from '@codemirror/state'
import { EditorView, highlightWhitespace, placeholder as placeholderText } from '@codemirror/view'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { PieceText } from '../../core/text/piece-text.ts'
import { isPartial, type TokenSegment } from '../../core/tokenize/token-segments.ts'
import type { PromptBox } from '../../core/tokenize/count-prompt.ts'
import { useStore } from '../../state/store.ts'
import { workerClient } from '../hooks/worker-client.ts'
import { useTokenEncoding } from '../hooks/use-token-display.ts'
import { useCountsPending } from '../hooks/counts-context.tsx'
import { editorSetup } from './editor-setup.ts'
import { segmentAt, tokenColouring, tokenColouringConfig, type TokenColouringConfig } from './token-colouring.ts'

/** Where the caret was in the plain box the editor replaces, and whether it had the focus. */
export interface CaretState {
  anchor: number
  head: number
  focused: boolean
}

export interface CodeEditorProps {
  id: string
  labelId: string
  value: string
  onChange: (value: string) => void
  rows: number
  placeholder?: string
  /** Read once, as the editor takes the plain box's place. */
  caret?: () => CaretState
  /** Told the first character on screen, at the start and as the editor scrolls. */
  onView?: (from: number) => void
  /** Which of the prompt's two boxes this is: a long paste's count is asked for at once. */
  countedAs?: PromptBox
}

/** The token at the caret and its text (a segment is one token, or the tokens of one character). */
interface CaretToken {
  segment: TokenSegment
  text: string
}

/** Marks a change that came from the store (a link opened, a clear), not from typing. */
const fromStore = Annotation.define<boolean>()

/**
 * A paste longer than this goes in over several tasks, in parts of about this many characters:
 * CodeMirror splitting 10 MB into lines in one go held the page for 100–140 ms.
 */
const PASTE_PART_CHARS = 1 << 19
/**
 * A task inserting parts stops taking more after this long. A part takes 5–15 ms, up to 30 on a
 * page that has not run it before: at 25 ms a second part could bring a task to 50.
 */
const PASTE_TASK_MS = 12
/**
 * A paste of PASTE_WAITS_FROM_CHARS to PASTE_WAITS_UP_TO_CHARS waits for its count to be on
 * screen before it goes into the editor, but never longer than PASTE_WAITS_MS: the count is the
 * answer, and on two cores the editor laying out a megabyte (and the page painting it) slowed the
 * worker's count by a third to a half; a paste of 100,000 to 300,000 characters of Japanese,
 * emoji or Russian reached its count in 10–25 ms instead of 25–40 once it waited too. A shorter
 * one takes a few milliseconds to count and goes in at once (CodeMirror's own paste). A longer
 * one takes over half a second to count: it goes in at once, as its parts, slowed by the count
 * beside them, took 50–70 ms a task.
 */
const PASTE_WAITS_MS = 150
const PASTE_WAITS_FROM_CHARS = 1 << 16
const PASTE_WAITS_UP_TO_CHARS = 1 << 21
/** Marks the parts of such a paste (the store has had it whole since it was made). */
const pastePart = Annotation.define<'more' | 'last'>()

/**
 * A paste going in by parts: it replaces [from, to) with `text`, in so far as `at`; `start` begins
 * taking it in (once: a second call does nothing).
 */
interface PasteInParts {
  from: number
  to: number
  text: string
  at: number
  /** When the paste was made (Date.now()): the time every part carries into the history. */
  time: number
  start: () => void
}

/**
 * The prompt and system boxes: CodeMirror, which lays out only the lines on screen, so a 10 MB
 * paste is edited like a short one. Its text is the store's text exactly: lines split on "\n"
 * only (a "\r" stays a character of the line, shown as a mark), and each edit is applied to the
 * text kept in pieces, without copying the megabytes.
 */
export default function CodeEditor({
  id,
  labelId,
  value,
  onChange,
  rows,
  placeholder,
  caret,
  onView,
  countedAs,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView>(null)
  // The text the editor last gave the store, or took from it: the same string object.
  const text = useRef(value)
  const pieces = useRef<PieceText>(null)
  const pasted = useRef<string>(undefined)
  const pasting = useRef<PasteInParts>(undefined)
  const finishPaste = (editor: EditorView) => {
    const paste = pasting.current
    if (paste) insertPart(editor, paste, paste.text.length)
  }
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const onViewRef = useRef(onView)
  onViewRef.current = onView
  const encoding = useTokenEncoding()
  const colours = useStore((s) => s.tokenDisplay.colours)
  const whitespace = useStore((s) => s.tokenDisplay.whitespace)
  const [compartments] = useState(() => ({ colouring: new Compartment(), whitespace: new Compartment() }))
  const countsPending = useCountsPending()
  const [caretToken, setCaretToken] = useState<CaretToken>()
  const [focused, setFocused] = useState(false)

  // Made in the same commit that takes the plain box away, so the focus moves over at once.
  useLayoutEffect(() => {
    const config: TokenColouringConfig = { encoding, colours }
    const start = caret?.()
    const created = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: text.current,
        selection: start && EditorSelection.single(start.anchor, start.head),
        extensions: [
          ...editorSetup(rows),
          placeholderText(placeholder ?? ''),
          EditorView.contentAttributes.of({
            id,
            'data-testid': id,
            'aria-labelledby': labelId,
            'aria-describedby': `${id}-caret-token`,
          }),
          compartments.colouring.of(tokenColouringConfig.of(config)),
          compartments.whitespace.of(whitespaceMarks(whitespace)),
          tokenColouring({ text: () => text.current, tokenWindow: (...a) => workerClient.tokenWindow(...a) }),
          // The pasted string itself, flat, stands for what the paste inserted: read back from the
          // document, 10 MB would be 130,000 lines joined, which V8 then copies on first read.
          EditorView.domEventHandlers({
            paste: (event, editor) => {
              finishPaste(editor)
              const clip = event.clipboardData?.getData('text/plain')
              if (clip === undefined || clip.length < PASTE_WAITS_FROM_CHARS) {
                pasted.current = clip
                return false
              }
              event.preventDefault()
              const { from, to } = editor.state.selection.main
              let started = false
              const paste: PasteInParts = {
                from,
                to,
                text: clip,
                at: 0,
                time: Date.now(),
                start: () => {
                  if (started) return
                  started = true
                  clearTimeout(waiting)
                  pasteInParts(editor, paste, () => pasting.current === paste)
                },
              }
              const waiting = setTimeout(paste.start, clip.length <= PASTE_WAITS_UP_TO_CHARS ? PASTE_WAITS_MS : 0)
              pasting.current = paste
              // The store has the whole text at once, and counting starts, while the editor
              // takes it in by parts.
              const before = text.current
              pieces.current ??= new PieceText(before)
              pieces.current.replace(from, to, clip)
              text.current = pieces.current.text
              workerClient.recordEdit({ before, after: text.current, from, to, insert: clip })
              workerClient.sendAhead(text.current)
              if (countedAs) workerClient.countAhead(countedAs, text.current)
              onChangeRef.current(text.current)
              // Taken in once its count is on screen (the effect below), or when `waiting` fires.
              return true
            },
            // A key, a drop, a cut or any other input between the parts of a paste acts on the
            // whole paste: what is left of it goes in first, at once.
            keydown: (_event, editor) => void finishPaste(editor),
            beforeinput: (_event, editor) => void finishPaste(editor),
            drop: (_event, editor) => void finishPaste(editor),
            cut: (_event, editor) => void finishPaste(editor),
            compositionstart: (_event, editor) => void finishPaste(editor),
          }),
          EditorView.updateListener.of((update) => {
            const part = update.transactions.map((t) => t.annotation(pastePart)).find((p) => p !== undefined)
            const paste = pasting.current
            if (update.docChanged && update.transactions.some((t) => t.annotation(fromStore))) {
              // Replaced from the store: nothing to tell it.
            } else if (update.docChanged && part !== undefined) {
              // A paste in parts: the store had it whole when it was made.
              if (part === 'last') pasting.current = undefined
            } else if (update.docChanged && paste) {
              // An edit no input event announced came between the parts (none is known): the
              // rest is dropped, and the text is read back from the document once (a copy).
              pasting.current = undefined
              pieces.current = new PieceText(update.state.doc.toString())
              text.current = pieces.current.text
              onChangeRef.current(text.current)
            } else if (update.docChanged) {
              const before = text.current
              pieces.current ??= new PieceText(before)
              const edit = applyChanges(pieces.current, update.changes, update.state, pasted.current)
              pasted.current = undefined
              const after = pieces.current.text
              text.current = after
              if (edit) workerClient.recordEdit({ before, after, ...edit })
              onChangeRef.current(after)
            }
            if (update.focusChanged) setFocused(update.view.hasFocus)
            if (update.selectionSet || update.docChanged || update.transactions.some((t) => t.effects.length > 0)) {
              const segment = segmentAt(update.view, update.state.selection.main.head)
              const text = segment && update.state.sliceDoc(segment.start, segment.end)
              // The same token kept as it was: the colours arrive a hundred tokens a task, and a
              // new object each time re-rendered the editor's box for nothing.
              setCaretToken((shown) =>
                shown?.segment === segment && shown?.text === text ? shown : segment && { segment, text: text! },
              )
            }
          }),
        ],
      }),
    })
    view.current = created
    if (start?.focused) created.focus()
    // Where the text on screen starts, once a frame at most while it scrolls: the line at the
    // scroller's top edge, from the editor's map of line heights (its visible ranges are
    // brought up to date only when it next measures, which may come after this).
    let frame = 0
    const tellView = () => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        const top = created.scrollDOM.getBoundingClientRect().top
        onViewRef.current?.(created.lineBlockAtHeight(top - created.documentTop).from)
      })
    }
    created.scrollDOM.addEventListener('scroll', tellView, { passive: true })
    tellView()
    return () => {
      cancelAnimationFrame(frame)
      created.scrollDOM.removeEventListener('scroll', tellView)
      created.destroy()
    }
    // Made once; later props reach it through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // A text set from outside (a link opened, Clear, a new conversation) replaces the document.
  useEffect(() => {
    const editor = view.current
    if (!editor || value === text.current) return
    text.current = value
    pieces.current = null
    pasting.current = undefined
    editor.dispatch({
      changes: { from: 0, to: editor.state.doc.length, insert: value },
      annotations: fromStore.of(true),
    })
  }, [value])

  // The counts settled (the pasted text's among them): a long paste waiting for its count goes in.
  useEffect(() => {
    if (!countsPending) pasting.current?.start()
  }, [countsPending])

  useEffect(() => {
    view.current?.dispatch({
      effects: compartments.colouring.reconfigure(tokenColouringConfig.of({ encoding, colours })),
    })
  }, [compartments, encoding, colours])

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.whitespace.reconfigure(whitespaceMarks(whitespace)) })
  }, [compartments, whitespace])

  return (
    <div className="flex flex-col gap-1">
      <div
        ref={host}
        className="code-editor rounded border border-slate-300 bg-white font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      <p id={`${id}-caret-token`} className="min-h-4 text-xs text-slate-600 dark:text-slate-400">
        {focused && colours && caretToken ? caretTokenText(caretToken) : ''}
      </p>
    </div>
  )
}

/**
 * Inserts a paste that waited for its count a few parts per task (one, if it is no longer than a
 * part), each at the end of the one before, the caret after it.
 * The parts join into one step of the history (adjacent changes, the later ones with no user
 * event of their own, all with the paste's time: the history joins changes under half a second
 * apart, and on a busy page parts came further apart), so one undo takes the whole paste away.
 * Stops once `current` says the paste is over (finished at once by a key, or replaced from the
 * store).
 */
function pasteInParts(view: EditorView, paste: PasteInParts, current: () => boolean) {
  const next = () => {
    // As many parts as fit in a task's share of time: one part per task made a 10 MB paste
    // twenty tasks, each waiting its turn behind a frame.
    const started = performance.now()
    do {
      if (!current() || !view.dom.isConnected) return
      insertPart(view, paste, partEnd(paste.text, paste.at))
    } while (paste.at < paste.text.length && performance.now() - started < PASTE_TASK_MS)
    if (paste.at < paste.text.length) setTimeout(next, 0)
  }
  // From the next task: the paste's own task has the store's update to render (the count asked
  // for, the figures marked busy); with parts too it ran to 50–65 ms.
  setTimeout(next, 0)
}

/** Inserts the paste's text from where it has reached to `end`. */
function insertPart(view: EditorView, paste: PasteInParts, end: number) {
  const { at } = paste
  const last = end === paste.text.length
  const insertAt = paste.from + at
  paste.at = end
  view.dispatch({
    changes: { from: insertAt, to: at === 0 ? paste.to : insertAt, insert: paste.text.slice(at, end) },
    selection: EditorSelection.cursor(paste.from + end),
    annotations: [
      pastePart.of(last ? 'last' : 'more'),
      Transaction.time.of(paste.time),
      ...(at === 0 ? [Transaction.userEvent.of('input.paste')] : []),
    ],
    scrollIntoView: last,
  })
}

/** Where the part of `text` from `at` ends: after a line break past a part's length, else a part's length on. */
function partEnd(text: string, at: number): number {
  if (text.length - at <= PASTE_PART_CHARS) return text.length
  const lineEnd = text.indexOf('\n', at + PASTE_PART_CHARS)
  if (lineEnd >= 0 && lineEnd - at < 2 * PASTE_PART_CHARS) return lineEnd + 1
  // One line of megabytes: cut anywhere, but not between the halves of a surrogate pair.
  const end = at + PASTE_PART_CHARS
  const code = text.charCodeAt(end - 1)
  return code >= 0xd800 && code <= 0xdbff ? end + 1 : end
}

/**
 * The token at the caret, for keyboard users (mouse users hover): its text, quoted with its white
 * space escaped (a space, a tab and a line break are told apart when read out), and its ids.
 */
function caretTokenText({ segment, text }: CaretToken): string {
  const ids = segment.ids.join(' ')
  return isPartial(segment)
    ? `At the caret: ${JSON.stringify(text)}, token ids ${ids} (one character split over ${segment.ids.length} tokens)`
    : `At the caret: ${JSON.stringify(text)}, token id ${ids}`
}

function whitespaceMarks(on: boolean) {
  return on ? [highlightWhitespace(), EditorView.editorAttributes.of({ class: 'show-line-ends' })] : []
}

/**
 * Applies the changes to the text kept in pieces (piece-text.ts: no copy of the megabytes), and
 * gives the change as one replaced range when it is one (a keystroke, a paste: nearly every edit).
 */
function applyChanges(text: PieceText, changes: ChangeSet, state: EditorState, pasted: string | undefined) {
  const edits: { from: number; to: number; insert: string }[] = []
  changes.iterChanges((fromA, toA, fromB, toB) => {
    const isPaste =
      pasted !== undefined && toB - fromB === pasted.length && state.sliceDoc(fromB, fromB + 64) === pasted.slice(0, 64)
    edits.push({ from: fromA, to: toA, insert: isPaste ? pasted : state.sliceDoc(fromB, toB) })
  })
  // From the last: each change's positions are in the text before all of them.
  for (const { from, to, insert } of edits.toReversed()) text.replace(from, to, insert)
  return edits.length === 1 ? edits[0] : undefined
}

import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { Annotation, Compartment, EditorSelection, EditorState, type ChangeSet } from '@codemirror/state'
import {
  EditorView,
  highlightSpecialChars,
  highlightWhitespace,
  keymap,
  placeholder as placeholderText,
} from '@codemirror/view'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { PieceText } from '../../core/text/piece-text.ts'
import { isPartial, type TokenSegment } from '../../core/tokenize/token-segments.ts'
import { useStore } from '../../state/store.ts'
import { workerClient } from '../hooks/worker-client.ts'
import { useTokenEncoding } from '../hooks/use-token-display.ts'
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
}

/** Marks a change that came from the store (a link opened, a clear), not from typing. */
const fromStore = Annotation.define<boolean>()

/**
 * The prompt and system boxes: CodeMirror, which lays out only the lines on screen, so a 10 MB
 * paste is edited like a short one. Its text is the store's text exactly: lines split on "\n"
 * only (a "\r" stays a character of the line, shown as a mark), and each edit is applied to the
 * text kept in pieces, without copying the megabytes.
 */
export default function CodeEditor({ id, labelId, value, onChange, rows, placeholder, caret }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView>(null)
  // The text the editor last gave the store, or took from it: the same string object.
  const text = useRef(value)
  const pieces = useRef<PieceText>(null)
  const pasted = useRef<string>(undefined)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const encoding = useTokenEncoding()
  const colours = useStore((s) => s.tokenDisplay.colours)
  const whitespace = useStore((s) => s.tokenDisplay.whitespace)
  const [compartments] = useState(() => ({ colouring: new Compartment(), whitespace: new Compartment() }))
  const [caretSegment, setCaretSegment] = useState<TokenSegment>()
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
          EditorState.lineSeparator.of('\n'),
          history(),
          // No Tab binding: Tab moves the focus on, as in any form field.
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          highlightSpecialChars(),
          placeholderText(placeholder ?? ''),
          EditorView.contentAttributes.of({
            id,
            'data-testid': id,
            'aria-labelledby': labelId,
            'aria-describedby': `${id}-caret-token`,
            spellcheck: 'false',
            autocorrect: 'off',
            autocapitalize: 'off',
          }),
          EditorView.theme({
            // As tall as the textarea it replaces, whatever the text: the count and the summary
            // below stay in view; the editor scrolls inside.
            '&': { height: `${rows * 1.5 + 1}rem` },
            '.cm-scroller': { fontFamily: 'inherit', lineHeight: '1.5rem', overflow: 'auto' },
          }),
          compartments.colouring.of(tokenColouringConfig.of(config)),
          compartments.whitespace.of(whitespaceMarks(whitespace)),
          tokenColouring({ text: () => text.current, tokenWindow: (...a) => workerClient.tokenWindow(...a) }),
          // The pasted string itself, flat, stands for what the paste inserted: read back from the
          // document, 10 MB would be 130,000 lines joined, which V8 then copies on first read.
          EditorView.domEventHandlers({
            paste: (event) => {
              pasted.current = event.clipboardData?.getData('text/plain')
              return false
            },
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((t) => t.annotation(fromStore))) {
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
              setCaretSegment(segmentAt(update.view, update.state.selection.main.head))
            }
          }),
        ],
      }),
    })
    view.current = created
    if (start?.focused) created.focus()
    return () => created.destroy()
    // Made once; later props reach it through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // A text set from outside (a link opened, Clear, a new conversation) replaces the document.
  useEffect(() => {
    const editor = view.current
    if (!editor || value === text.current) return
    text.current = value
    pieces.current = null
    editor.dispatch({
      changes: { from: 0, to: editor.state.doc.length, insert: value },
      annotations: fromStore.of(true),
    })
  }, [value])

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
        {focused && colours && caretSegment ? caretTokenText(caretSegment) : ''}
      </p>
    </div>
  )
}

/** The ids of the token at the caret, for keyboard users (mouse users hover). */
function caretTokenText(segment: TokenSegment): string {
  const ids = segment.ids.join(' ')
  return isPartial(segment)
    ? `At the caret: tokens ${ids} (one character split over ${segment.ids.length} tokens)`
    : `At the caret: token ${ids}`
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

import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { Annotation, Compartment, EditorSelection, EditorState, type ChangeSet } from '@codemirror/state'
import {
  EditorView,
  highlightSpecialChars,
  highlightWhitespace,
  keymap,
  placeholder as placeholderText,
} from '@codemirror/view'
import { useEffect, useRef, useState } from 'react'
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
  caret?: CaretState
}

/** Marks a change that came from the store (a link opened, a clear), not from typing. */
const fromStore = Annotation.define<boolean>()

/**
 * The prompt and system boxes: CodeMirror, which lays out only the lines on screen, so a 10 MB
 * paste is edited like a short one. Its text is the store's text exactly: lines split on "\n"
 * only (a "\r" stays a character of the line, shown as a mark), and each edit is applied to the
 * previous string by slicing, which V8 does without copying the megabytes.
 */
export default function CodeEditor({ id, labelId, value, onChange, rows, placeholder, caret }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView>(null)
  // The text the editor last gave the store, or took from it: the same string object.
  const text = useRef(value)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const encoding = useTokenEncoding()
  const colours = useStore((s) => s.tokenDisplay.colours)
  const whitespace = useStore((s) => s.tokenDisplay.whitespace)
  const [compartments] = useState(() => ({ colouring: new Compartment(), whitespace: new Compartment() }))
  const [caretSegment, setCaretSegment] = useState<TokenSegment>()
  const [focused, setFocused] = useState(false)

  useEffect(() => {
    const config: TokenColouringConfig = { encoding, colours }
    const created = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: text.current,
        selection: caret && EditorSelection.single(caret.anchor, caret.head),
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
            '&': { minHeight: `${rows * 1.5 + 1}rem`, maxHeight: '32rem' },
            '.cm-scroller': { fontFamily: 'inherit', lineHeight: '1.5rem', overflow: 'auto' },
          }),
          compartments.colouring.of(tokenColouringConfig.of(config)),
          compartments.whitespace.of(whitespaceMarks(whitespace)),
          tokenColouring({ text: () => text.current, tokenWindow: (...a) => workerClient.tokenWindow(...a) }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((t) => t.annotation(fromStore))) {
              text.current = applyChanges(text.current, update.changes, update.state)
              onChangeRef.current(text.current)
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
    if (caret?.focused) created.focus()
    return () => created.destroy()
    // Made once; later props reach it through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // A text set from outside (a link opened, Clear, a new conversation) replaces the document.
  useEffect(() => {
    const editor = view.current
    if (!editor || value === text.current) return
    text.current = value
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
 * The new text: the old one with the changes applied, sliced and joined (V8 keeps slices and
 * joins of long strings as references, so a keystroke in 10 MB copies nothing).
 */
export function applyChanges(before: string, changes: ChangeSet, state: EditorState): string {
  let after = ''
  let at = 0
  changes.iterChanges((fromA, toA, fromB, toB) => {
    after += before.slice(at, fromA) + state.sliceDoc(fromB, toB)
    at = toA
  })
  return after + before.slice(at)
}

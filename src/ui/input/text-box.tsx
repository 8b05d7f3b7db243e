import { useEffect, useRef, useState, type ClipboardEvent, type ComponentType } from 'react'
import { formatInteger } from '../../core/format/format-usd.ts'
import type { CaretState, CodeEditorProps } from './code-editor.tsx'

/**
 * The editor (CodeMirror, ~45 KB gz) loads after the first paint; a plain box stands in for it
 * until then. Past this many characters the plain box would hold the page while the browser
 * lays the text out (about a second a megabyte), so it says the editor is on its way instead.
 */
const PLAIN_BOX_MAX_CHARS = 200_000

const loadEditor = () => import('./code-editor.tsx')

/** The editor's own props, less the caret it takes over from the plain box. */
type TextBoxProps = Omit<CodeEditorProps, 'caret'>

/**
 * A text box that stays fast whatever is pasted into it: the editor once it has loaded, and a
 * plain box before that, whose text and caret the editor takes over exactly.
 */
export function TextBox(props: TextBoxProps) {
  const [editor, setEditor] = useState<{ Editor: ComponentType<CodeEditorProps>; caret: CaretState }>()
  const plainBox = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    let current = true
    loadEditor().then(
      (module) => {
        if (!current) return
        const box = plainBox.current
        const backward = box?.selectionDirection === 'backward'
        const start = box?.selectionStart ?? 0
        const end = box?.selectionEnd ?? 0
        const caret = {
          anchor: backward ? end : start,
          head: backward ? start : end,
          focused: document.activeElement === box,
        }
        setEditor({ Editor: module.default, caret })
      },
      // Not loaded (offline before it was cached, a blocked chunk): the plain box stays, and works.
      () => {},
    )
    return () => {
      current = false
    }
  }, [])

  if (!editor) return <PlainBox ref={plainBox} {...props} />
  return <editor.Editor {...props} caret={clampCaret(editor.caret, props.value.length)} />
}

const clampCaret = (caret: CaretState, length: number): CaretState => ({
  ...caret,
  anchor: Math.min(caret.anchor, length),
  head: Math.min(caret.head, length),
})

function PlainBox({
  ref,
  id,
  labelId,
  value,
  onChange,
  rows,
  placeholder,
}: TextBoxProps & { ref: React.Ref<HTMLTextAreaElement> }) {
  if (value.length > PLAIN_BOX_MAX_CHARS) {
    return (
      <p
        id={id}
        role="status"
        aria-labelledby={labelId}
        className="rounded border border-slate-300 p-2 text-sm dark:border-slate-600"
      >
        {formatInteger(value.length)} characters, all counted. The editor is loading…
      </p>
    )
  }
  // A paste is put in by hand, so a synthetic one (a test's, a tool's) works as a real one does.
  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    event.preventDefault()
    const box = event.currentTarget
    const pasted = event.clipboardData.getData('text/plain')
    const caretAt = box.selectionStart + pasted.length
    onChange(box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd))
    requestAnimationFrame(() => box.setSelectionRange(caretAt, caretAt))
  }
  return (
    <textarea
      ref={ref}
      id={id}
      data-testid={id}
      aria-labelledby={labelId}
      className="w-full rounded border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
      rows={rows}
      spellCheck={false}
      placeholder={placeholder}
      value={value}
      onPaste={onPaste}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}

import { useEffect, useLayoutEffect, useRef, useState, type ClipboardEvent, type ComponentType } from 'react'
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
  const [Editor, setEditor] = useState<ComponentType<CodeEditorProps>>()
  // Read from the plain box as it leaves the page, in the same commit the editor arrives in:
  // read any earlier, a focus or selection made meanwhile (a click, a test's fill) would be lost.
  const leftAt = useRef<CaretState>({ anchor: 0, head: 0, focused: false })

  useEffect(() => {
    let current = true
    loadEditor().then(
      (module) => current && setEditor(() => module.default),
      // Not loaded (offline before it was cached, a blocked chunk): the plain box stays, and works.
      () => {},
    )
    return () => {
      current = false
    }
  }, [])

  if (!Editor) return <PlainBox {...props} onLeave={(caret) => (leftAt.current = caret)} />
  return <Editor {...props} caret={() => clampCaret(leftAt.current, props.value.length)} />
}

const clampCaret = (caret: CaretState, length: number): CaretState => ({
  ...caret,
  anchor: Math.min(caret.anchor, length),
  head: Math.min(caret.head, length),
})

function PlainBox({
  onLeave,
  id,
  labelId,
  value,
  onChange,
  rows,
  placeholder,
}: TextBoxProps & { onLeave: (caret: CaretState) => void }) {
  const ref = useRef<HTMLTextAreaElement>(null)
  // Runs before the box is taken out of the page (layout effects are undone first).
  useLayoutEffect(
    () => () => {
      const box = ref.current
      if (!box) return
      const backward = box.selectionDirection === 'backward'
      onLeave({
        anchor: backward ? box.selectionEnd : box.selectionStart,
        head: backward ? box.selectionStart : box.selectionEnd,
        focused: document.activeElement === box,
      })
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )
  if (value.length > PLAIN_BOX_MAX_CHARS) {
    return (
      <p
        id={id}
        data-testid={`${id}-loading`}
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

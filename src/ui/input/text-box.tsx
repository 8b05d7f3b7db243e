import { useState, type ClipboardEvent } from 'react'
import { formatInteger } from '../../core/format/format-usd.ts'

/**
 * Past this many characters a box shows a preview instead of a textarea: Chromium takes about a
 * second to lay out each megabyte in a textarea, during which the page cannot respond.
 */
const LARGE_TEXT_CHARS = 200_000
const PREVIEW_CHARS = 2_000

const boxClass =
  'w-full rounded border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900'

interface TextBoxProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  rows: number
  placeholder?: string
}

/** A text box that stays responsive whatever is pasted into it; every character is counted. */
export function TextBox({ id, label, value, onChange, rows, placeholder }: TextBoxProps) {
  const [showAll, setShowAll] = useState(false)

  // A large paste never reaches the textarea: it goes straight to the store, and the box turns
  // into a preview before the browser would lay the text out.
  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = event.clipboardData.getData('text/plain')
    const area = event.currentTarget
    const next = area.value.slice(0, area.selectionStart) + pasted + area.value.slice(area.selectionEnd)
    if (next.length <= LARGE_TEXT_CHARS || showAll) return
    event.preventDefault()
    onChange(next)
  }

  if (value.length > LARGE_TEXT_CHARS && !showAll) {
    return (
      <div className="flex flex-col gap-1">
        <div
          id={id}
          data-testid={`${id}-preview`}
          role="textbox"
          aria-readonly="true"
          aria-multiline="true"
          aria-label={label}
          aria-describedby={`${id}-large`}
          tabIndex={0}
          className={`${boxClass} max-h-48 overflow-auto whitespace-pre-wrap break-all`}
          onPaste={(event) => {
            event.preventDefault()
            onChange(value + event.clipboardData.getData('text/plain'))
          }}
        >
          {value.slice(0, PREVIEW_CHARS)}
          <span className="text-slate-500 dark:text-slate-400">
            … ({formatInteger(value.length - PREVIEW_CHARS)} more characters)
          </span>
        </div>
        <p id={`${id}-large`} className="text-xs text-slate-600 dark:text-slate-400">
          {formatInteger(value.length)} characters: too long to show in full without pausing the page, so only the start
          is shown. All of it is counted. Paste here to add to the end.
        </p>
        <div className="flex gap-3 text-sm">
          <button type="button" className="underline" onClick={() => setShowAll(true)}>
            Show and edit all of it
          </button>
          <button type="button" className="underline" onClick={() => onChange('')}>
            Clear
          </button>
        </div>
      </div>
    )
  }
  return (
    <textarea
      id={id}
      data-testid={id}
      className={boxClass}
      rows={rows}
      spellCheck={false}
      placeholder={placeholder}
      value={value}
      onPaste={onPaste}
      onChange={(event) => {
        // Back to the preview once the text is short again, so the next large paste is handled.
        if (event.target.value.length <= LARGE_TEXT_CHARS) setShowAll(false)
        onChange(event.target.value)
      }}
    />
  )
}

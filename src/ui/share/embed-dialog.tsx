import { useId, useRef, useState } from 'react'
import {
  EMBED_CONTROLS,
  DEFAULT_EMBED_CONTROLS,
  THEMES,
  type EmbedControl,
  type Theme,
} from '../../core/url/embed-params.ts'
import { absoluteUrl, useShareLink } from '../hooks/use-share-link.ts'
import { embedSnippet } from '../../core/embed/embed-snippet.ts'

const hostScriptUrl = () => new URL('embed.js', document.baseURI).href

// The preview resizes through the same host script a blog uses; it is added once, on first open.
function loadHostScript() {
  if (document.querySelector('script[data-promptmeter-host]')) return
  const script = document.createElement('script')
  script.src = hostScriptUrl()
  script.dataset.promptmeterHost = ''
  document.head.append(script)
}

/** Generates the embed snippet for the current scenario, with a live preview. */
export function EmbedDialog() {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
        onClick={() => {
          loadHostScript()
          setOpen(true)
          dialog.current?.showModal()
        }}
      >
        Embed
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        className="m-auto w-[min(56rem,95vw)] rounded-lg p-0 backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100"
      >
        {open && <EmbedDialogBody titleId={titleId} close={() => dialog.current?.close()} />}
      </dialog>
    </>
  )
}

function EmbedDialogBody({ titleId, close }: { titleId: string; close: () => void }) {
  const [theme, setTheme] = useState<Theme>('auto')
  const [controls, setControls] = useState<EmbedControl[]>(DEFAULT_EMBED_CONTROLS)
  const [copied, setCopied] = useState(false)
  const link = useShareLink({ embed: '1', theme, controls: controls.join(',') })
  const snippet = link ? embedSnippet(absoluteUrl(link), hostScriptUrl()) : ''
  const toggle = (control: EmbedControl, on: boolean) =>
    setControls((all) => EMBED_CONTROLS.filter((c) => (c === control ? on : all.includes(c))))

  return (
    <div className="flex flex-col gap-3 p-4">
      <div className="flex items-center justify-between">
        <h2 id={titleId} className="text-lg font-semibold">
          Embed this calculator
        </h2>
        <button type="button" className="text-sm underline" onClick={close}>
          Close
        </button>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Paste this into a blog post. The widget opens with this scenario; readers can type their own prompt. The script
        sizes the frame to its content; without it the frame keeps its fixed height and scrolls.
      </p>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          Theme
          <select
            className="rounded border border-slate-300 px-1 dark:bg-slate-900"
            value={theme}
            onChange={(e) => setTheme(e.target.value as Theme)}
          >
            {THEMES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <fieldset className="min-w-0 flex flex-wrap items-center gap-x-3">
          <legend className="sr-only">Levers readers can change</legend>
          <span>Readers can change:</span>
          {EMBED_CONTROLS.map((control) => (
            <label key={control} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={controls.includes(control)}
                onChange={(e) => toggle(control, e.target.checked)}
              />
              {control}
            </label>
          ))}
        </fieldset>
      </div>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Embed code
        <textarea
          readOnly
          data-testid="embed-snippet"
          className="h-28 rounded border border-slate-300 p-2 font-mono text-xs dark:bg-slate-950"
          value={snippet}
        />
      </label>
      <div className="flex items-center gap-2 text-sm">
        <button
          type="button"
          className="rounded bg-teal-700 px-3 py-1 font-medium text-white disabled:opacity-50"
          disabled={!link}
          onClick={() =>
            void navigator.clipboard.writeText(snippet).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          Copy embed code
        </button>
        <span role="status">{copied ? 'Copied.' : ''}</span>
      </div>
      <h3 className="text-sm font-semibold">Preview</h3>
      {link && (
        <iframe
          src={absoluteUrl(link)}
          title="promptmeter widget preview"
          data-promptmeter=""
          data-testid="embed-preview"
          sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
          className="w-full max-w-[760px] rounded border border-slate-200"
          style={{ height: 640 }}
        />
      )}
    </div>
  )
}

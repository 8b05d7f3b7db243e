import { useState } from 'react'
import { useStore } from '../../state/store.ts'
import { absoluteUrl } from '../hooks/use-share-link.ts'
import { workerClient } from '../hooks/worker-client.ts'

type Status = { kind: 'idle' } | { kind: 'copied'; textOmitted: boolean } | { kind: 'manual'; url: string }

/** Copies a link that reproduces the scenario exactly, made fresh at the click. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' })

  async function copy() {
    const link = await workerClient.shareLink(useStore.getState().scenario)
    const url = absoluteUrl(link)
    try {
      await navigator.clipboard.writeText(url)
      setStatus({ kind: 'copied', textOmitted: link.textOmitted })
    } catch {
      // No clipboard access (an old browser, a frame without permission): show it to copy by hand.
      setStatus({ kind: 'manual', url })
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button
        type="button"
        className="rounded border border-slate-300 px-2 py-1 dark:border-slate-600"
        onClick={() => void copy()}
      >
        Copy link
      </button>
      <span role="status" className="text-slate-600 dark:text-slate-400">
        {status.kind === 'copied' &&
          (status.textOmitted ? 'Link copied, without the texts: they are too long for any link.' : 'Link copied.')}
        {status.kind === 'manual' && (
          <label>
            Copy this link:{' '}
            <input readOnly className="w-64 border px-1" value={status.url} onFocus={(e) => e.target.select()} />
          </label>
        )}
      </span>
    </div>
  )
}

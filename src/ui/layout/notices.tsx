import { useStore } from '../../state/store.ts'
import { WARNING_BOX } from '../primitives/warning-box.ts'

/**
 * What the page ignored on the person's behalf (e.g. a broken URL parameter), in a box; and,
 * quietly in one line, what is only worth knowing (a link edited by hand).
 */
export function Notices() {
  const notices = useStore((s) => s.notices)
  const infos = useStore((s) => s.infos)
  const dismiss = useStore((s) => s.dismissNotices)
  if (notices.length === 0 && infos.length === 0) return null
  return (
    <div className="flex flex-col gap-2">
      {notices.length > 0 && (
        <div role="status" data-testid="notices" className={WARNING_BOX}>
          <ul className="list-disc pl-5">
            {[...notices, ...infos].map((notice, i) => (
              <li key={i}>{notice}</li>
            ))}
          </ul>
          <button type="button" className="mt-1 underline" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
      {notices.length === 0 && (
        <p data-testid="infos" className="text-xs text-slate-600 dark:text-slate-400">
          {infos.join(' ')}{' '}
          <button type="button" className="underline" onClick={dismiss}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  )
}

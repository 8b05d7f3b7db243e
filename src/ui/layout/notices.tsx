import { useStore } from '../../state/store.ts'

/** What the page ignored on the person's behalf (e.g. a broken URL parameter). */
export function Notices() {
  const notices = useStore((s) => s.notices)
  const dismiss = useStore((s) => s.dismissNotices)
  if (notices.length === 0) return null
  return (
    <div
      role="status"
      data-testid="notices"
      className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <ul className="list-disc pl-5">
        {notices.map((notice, i) => (
          <li key={i}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="mt-1 underline" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  )
}

import { useCountingMode } from '../hooks/worker-client.ts'

/** Said only when the worker could not start and counting runs on the page itself. */
export function CountingModeNotice() {
  const mode = useCountingMode()
  if (mode !== 'main-thread') return null
  return (
    <p role="status" data-testid="main-thread-notice" className="text-sm text-amber-800 dark:text-amber-300">
      The counting worker could not start here, so tokens are counted on the page itself: the counts are as exact, but
      long texts take longer to count (the page stays usable meanwhile). Models counted with their own open vocabulary
      are estimates here (o200k_base scaled by a measured range): a vocabulary is too large to load on the page.
    </p>
  )
}

import { useCallback, useMemo, useState } from 'react'

/**
 * Parts put on the page one after another, each in a task of its own: recharts draws a chart the
 * first time in 80–130 ms at once on two cores (its own store re-renders it synchronously), and
 * the charts all appearing together held the page for 190–250 ms.
 * `mounted`: how many of the parts, in order, may be on the page; `shown[i]`: to call once part
 * `i` is drawn (or has failed), so that the next follows in the next task.
 */
export function useMountedInTurn(parts: number): { mounted: number; shown: readonly (() => void)[] } {
  const [mounted, setMounted] = useState(1)
  const after = useCallback((index: number) => {
    setTimeout(() => setMounted((n) => Math.max(n, index + 2)), 0)
  }, [])
  const shown = useMemo(() => Array.from({ length: parts }, (_, i) => () => after(i)), [parts, after])
  return { mounted, shown }
}

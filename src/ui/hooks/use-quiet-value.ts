import { startTransition, useEffect, useRef, useState } from 'react'

/**
 * `value`, held while it keeps changing: a change after a quiet spell passes at once, and a
 * burst of changes (typing) passes when it pauses for `quietMs`. For the parts that are costly to
 * redraw and need not follow every keystroke (the charts); the numbers in words and tables
 * follow each one.
 */
export function useQuietValue<T>(value: T, quietMs: number): T {
  const [shown, setShown] = useState(value)
  const lastChangeAt = useRef(Number.NEGATIVE_INFINITY)
  useEffect(() => {
    if (Object.is(value, shown)) return
    const now = performance.now()
    const quiet = now - lastChangeAt.current >= quietMs
    lastChangeAt.current = now
    const timer = setTimeout(() => startTransition(() => setShown(value)), quiet ? 0 : quietMs)
    return () => clearTimeout(timer)
  }, [value, shown, quietMs])
  return shown
}

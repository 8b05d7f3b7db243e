import { startTransition, useEffect, useState } from 'react'

/** How far apart the charts take a new value (see useStaggeredValue). */
const STAGGER_MS = 20

/**
 * `value`, passed on `slot` turns after it changes (slot 0: in the next task). For parts that
 * redraw together after one change and are costly each (the charts: recharts redraws one in
 * 15–30 ms, synchronously): each in a task of its own, so no task holds the page over 50 ms.
 */
export function useStaggeredValue<T>(value: T, slot: number): T {
  const [shown, setShown] = useState(value)
  useEffect(() => {
    if (Object.is(value, shown)) return
    const timer = setTimeout(() => startTransition(() => setShown(value)), slot * STAGGER_MS)
    return () => clearTimeout(timer)
  }, [value, shown, slot])
  return shown
}

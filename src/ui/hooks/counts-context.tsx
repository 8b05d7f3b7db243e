import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { useScenarioCounts, type ScenarioCounts } from './use-scenario-counts.ts'
import type { TokenCounts } from './use-token-counts.ts'

/** The counts without their progress, which changes a few times a second during a long count. */
export type SettledCounts = Omit<ScenarioCounts, 'counts'> & { counts: Omit<TokenCounts, 'progress'> }

const CountsContext = createContext<SettledCounts | null>(null)
const ProgressContext = createContext<number | undefined>(undefined)

/**
 * Counts the boxes once for everything below it (the page and the widget each have one), so the
 * token count, the cost table and the charts all show the same counts.
 */
export function CountsProvider({ children }: { children: ReactNode }) {
  const { counts, compared, firstEncoding, firstIsEstimate } = useScenarioCounts()
  const { counts: byEncoding, pending, error, progress } = counts
  const settled = useMemo(
    () => ({ counts: { counts: byEncoding, pending, error }, compared, firstEncoding, firstIsEstimate }),
    [byEncoding, pending, error, compared, firstEncoding, firstIsEstimate],
  )
  return (
    <CountsContext.Provider value={settled}>
      <ProgressContext.Provider value={progress}>{children}</ProgressContext.Provider>
    </CountsContext.Provider>
  )
}

export function useCounts(): SettledCounts {
  const counts = useContext(CountsContext)
  if (!counts) throw new Error('useCounts needs a CountsProvider above it')
  return counts
}

/** How far a long count is, 0–1; undefined when none is running. */
export const useCountProgress = (): number | undefined => useContext(ProgressContext)

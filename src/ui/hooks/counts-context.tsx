import { createContext, useCallback, useContext, useDeferredValue, useMemo, useState, type ReactNode } from 'react'
import type { CounterName } from '../../core/tokenize/count-prompt.ts'
import { useScenarioCounts, type ScenarioCounts } from './use-scenario-counts.ts'
import type { TokenCounts } from './use-token-counts.ts'
import { useLasting } from './use-lasting.ts'
import { PENDING_SHOWN_AFTER_MS } from './pending-shown.ts'

/**
 * The counts without their progress (a few changes a second during a long count) and without
 * `pending` (two changes a keystroke): the parts that show only those re-render for them, not
 * everything that reads the counts.
 */
export type SettledCounts = Omit<ScenarioCounts, 'counts'> & { counts: Omit<TokenCounts, 'progress' | 'pending'> }

const CountsContext = createContext<SettledCounts | null>(null)
const CostCountsContext = createContext<SettledCounts | null>(null)
const ProgressContext = createContext<number | undefined>(undefined)
const PendingContext = createContext(false)
const CostsPendingContext = createContext(false)
const AlsoCountContext = createContext<(encodings: readonly CounterName[]) => void>(() => {})

/**
 * Counts the boxes once for everything below it (the page and the widget each have one), so the
 * token count, the cost table and the charts all show the same counts.
 */
export function CountsProvider({ children }: { children: ReactNode }) {
  // Encodings of models outside the mix, counted once a part that shows them asks (an encoding
  // is a megabyte to load, so only then).
  const [also, setAlso] = useState<readonly CounterName[]>([])
  const countAlso = useCallback(
    (encodings: readonly CounterName[]) =>
      setAlso((known) => (encodings.every((e) => known.includes(e)) ? known : [...new Set([...known, ...encodings])])),
    [],
  )
  const { counts, firstParts, compared, firstCounter, firstIsEstimate } = useScenarioCounts(also)
  const { counts: byEncoding, pending, error, retry, progress } = counts
  const settled = useMemo(
    () => ({ counts: { counts: byEncoding, error, retry }, firstParts, compared, firstCounter, firstIsEstimate }),
    [byEncoding, error, retry, firstParts, compared, firstCounter, firstIsEstimate],
  )
  // The costs, tables and charts follow the counts one render later: the count a keystroke
  // changed is drawn first (a small render), and the costs of every model after it (the large
  // one), marked pending until then.
  const forCosts = useDeferredValue(settled)
  return (
    <AlsoCountContext.Provider value={countAlso}>
      <CountsContext.Provider value={settled}>
        <CostCountsContext.Provider value={forCosts}>
          <PendingContext.Provider value={pending}>
            <CostsPendingContext.Provider value={pending || forCosts !== settled}>
              <ProgressContext.Provider value={progress}>{children}</ProgressContext.Provider>
            </CostsPendingContext.Provider>
          </PendingContext.Provider>
        </CostCountsContext.Provider>
      </CountsContext.Provider>
    </AlsoCountContext.Provider>
  )
}

export function useCounts(): SettledCounts {
  const counts = useContext(CountsContext)
  if (!counts) throw new Error('useCounts needs a CountsProvider above it')
  return counts
}

/** The counts as the costs use them: `useCounts`'s, a render later (see CountsProvider). */
export function useCostCounts(): SettledCounts {
  const counts = useContext(CostCountsContext)
  if (!counts) throw new Error('useCostCounts needs a CountsProvider above it')
  return counts
}

/** True while the counts are not yet those of the current text. */
export const useCountsPending = (): boolean => useContext(PendingContext)

/** True while the costs are not yet those of the current text. */
export const useCostsPending = (): boolean => useContext(CostsPendingContext)

/** True once the counts have not been the current text's for PENDING_SHOWN_AFTER_MS: drawn so. */
export const useCountsPendingShown = (): boolean => useLasting(useCountsPending(), PENDING_SHOWN_AFTER_MS)

/** True once the costs have not been the current text's for PENDING_SHOWN_AFTER_MS: drawn so. */
export const useCostsPendingShown = (): boolean => useLasting(useCostsPending(), PENDING_SHOWN_AFTER_MS)

/** How far a long count is, 0–1; undefined when none is running. */
export const useCountProgress = (): number | undefined => useContext(ProgressContext)

/** Asks for counts in more encodings than the compared models need (for the comparison of all models). */
export const useCountAlso = (): ((encodings: readonly CounterName[]) => void) => useContext(AlsoCountContext)

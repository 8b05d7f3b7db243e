import { useShallow } from 'zustand/react/shallow'
import type { Scenario } from '../../core/scenario/scenario.ts'
import { useStore } from '../../state/store.ts'

/**
 * The scenario as costs see it: everything but the two texts, which reach costs only through
 * their counts. It keeps its identity while only the texts change, so typing (or a megabyte
 * paste) does not re-render the cost table and charts before the new count is in.
 */
export function useCostInputs(): Scenario {
  return useStore(useShallow((s) => ({ ...s.scenario, prompt: '', system: '' })))
}

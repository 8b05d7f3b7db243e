import { useShallow } from 'zustand/react/shallow'
import type { Scenario } from '../../core/scenario/scenario.ts'
import { useStore } from '../../state/store.ts'

/**
 * The scenario as costs see it: everything but the texts (the two boxes, and the request's other
 * parts: the messages between them, tools, response format), which reach costs only through their
 * counts. It keeps its identity while only the texts change, so typing (or a megabyte paste, in a
 * box or a message) does not re-render the cost table and charts before the new count is in.
 */
export function useCostInputs(): Scenario {
  return useStore(useShallow((s) => ({ ...s.scenario, ...NO_TEXTS })))
}

/** The same objects each time: the shallow comparison sees no change. */
const NO_TEXTS: Pick<Scenario, 'prompt' | 'system' | 'messages' | 'tools' | 'responseFormat'> = {
  prompt: '',
  system: '',
  messages: [],
  tools: '',
  responseFormat: '',
}

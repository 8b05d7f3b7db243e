import { DEFAULT_SCENARIO, type Scenario } from '../../../src/core/scenario/scenario.ts'
import { tokens } from '../../../src/core/units.ts'

/** A scenario of gpt-4o-mini alone, with these levers set. */
export const miniAlone = (patch: Partial<Scenario>): Scenario => ({
  ...DEFAULT_SCENARIO,
  modelIds: ['gpt-4o-mini'],
  mixPercents: [100],
  ...patch,
})

/** The boxes as counted: an empty system box and an empty prompt (3 + "user" + 0 + 3 priming). */
export const emptyBoxes = () => ({ billedInputTokens: tokens(7), systemMessageTokens: tokens(0) })

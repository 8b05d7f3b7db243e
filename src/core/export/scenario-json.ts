import type { Scenario } from '../scenario/scenario.ts'

/** Bumped when the exported shape changes, so a reader can tell old files apart. */
const SCENARIO_EXPORT_VERSION = 1

/** The scenario's inputs (never its derived costs) and the pricing release they were priced with. */
export function scenarioJson(scenario: Scenario, pricingRelease: string | null): string {
  return `${JSON.stringify({ app: 'promptmeter', version: SCENARIO_EXPORT_VERSION, pricing_release: pricingRelease, scenario }, null, 2)}\n`
}

import fc from 'fast-check'
import { expect } from 'vitest'

/**
 * `fc.assert`, and then prints how many cases ran under the test's name: a property test says
 * how much it tried, so a run that checked two cases cannot pass for one that checked a thousand.
 */
export function assertProperty<Ts>(property: fc.IProperty<Ts>, params?: fc.Parameters<Ts>): void
export function assertProperty<Ts>(property: fc.IAsyncProperty<Ts>, params?: fc.Parameters<Ts>): Promise<void>
export function assertProperty<Ts>(
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  params?: fc.Parameters<Ts>,
): void | Promise<void> {
  const name = expect.getState().currentTestName ?? 'property'
  const report = (details: fc.RunDetails<Ts>) => {
    if (details.failed) {
      const error = details.errorInstance
      const cause = error instanceof Error ? error.message : String(error)
      throw new Error(`${fc.defaultReportMessage(details) ?? 'property failed'}\n\n${cause}`)
    }
    console.log(`${name}: ${details.numRuns} cases`)
  }
  if (property.isAsync()) return fc.check(property as fc.IAsyncProperty<Ts>, params).then(report)
  report(fc.check(property as fc.IProperty<Ts>, params))
}

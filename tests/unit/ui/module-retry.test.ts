import { describe, expect, it } from 'vitest'
import { moduleUrlToRetry } from '../../../src/ui/primitives/module-retry.ts'

const ORIGIN = 'https://example.org'
const chunk = `${ORIGIN}/tools/promptmeter/assets/monthly-cost-chart-DUAgMnx0.js`

describe('moduleUrlToRetry (a chunk that failed, loaded again at an address of its own)', () => {
  it('reads the module from Chromium’s and Firefox’s messages, and gives it a query per attempt', () => {
    const chromium = new TypeError(`Failed to fetch dynamically imported module: ${chunk}`)
    expect(moduleUrlToRetry(chromium, ORIGIN, 1)).toBe(`${chunk}?retry=1`)
    const firefox = new TypeError(`error loading dynamically imported module: ${chunk}`)
    expect(moduleUrlToRetry(firefox, ORIGIN, 2)).toBe(`${chunk}?retry=2`)
    // The retry failed too: its own address is named, and the next attempt replaces its query.
    const again = new TypeError(`Failed to fetch dynamically imported module: ${chunk}?retry=1`)
    expect(moduleUrlToRetry(again, ORIGIN, 2)).toBe(`${chunk}?retry=2`)
  })

  it('leaves the import as it was where no module of the page is named', () => {
    // Safari names none; a message naming another origin's script is not followed.
    expect(moduleUrlToRetry(new TypeError('Importing a module script failed.'), ORIGIN, 1)).toBeUndefined()
    const elsewhere = new TypeError('Failed to fetch dynamically imported module: https://evil.test/x.js')
    expect(moduleUrlToRetry(elsewhere, ORIGIN, 1)).toBeUndefined()
    expect(moduleUrlToRetry('not an error', ORIGIN, 1)).toBeUndefined()
    expect(moduleUrlToRetry(undefined, ORIGIN, 1)).toBeUndefined()
  })
})

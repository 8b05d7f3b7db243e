import { readFileSync } from 'node:fs'
import { expect, test as base } from '@playwright/test'
import { FIXTURE_RELEASE } from '../../playwright.config.ts'
import { PRICING_RELEASE_ASSET } from '../../scripts/serve-static.ts'

export { expect }

/**
 * Every test runs the built page under its Content-Security-Policy, and fails on any violation
 * the page or its frames report.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      const seen: string[] = []
      Object.assign(window, { cspViolations: seen })
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} on ${location.pathname}`),
      )
    })
    await use(page)
    const violations: string[] = []
    for (const frame of page.frames()) {
      const found = await frame
        .evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
        .catch(() => [])
      violations.push(...found)
    }
    expect(violations, 'Content-Security-Policy violations').toEqual([])
  },
})

/**
 * The pricing release the app is served with in these tests (playwright.config.ts): a frozen
 * copy of the 2026-11-22 release, with one model (Llama 3.1 8B on Together) counted with an open
 * vocabulary. pricing.spec.ts checks the real newest release on its own port.
 */
export const FIXTURE_RELEASE_TEXT = readFileSync(FIXTURE_RELEASE, 'utf8')

/** The page's request for its pricing release, for tests that answer it themselves. */
export const PRICING_RELEASE_URL = PRICING_RELEASE_ASSET

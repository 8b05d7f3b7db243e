import { readFileSync } from 'node:fs'
import { FIXTURE_RELEASE } from '../../playwright.config.ts'
import { PRICING_RELEASE_ASSET } from '../../scripts/serve-static.ts'

export { expect, test } from '@playwright/test'

/**
 * The pricing release the app is served with in these tests (playwright.config.ts): a frozen
 * copy of the 2026-11-22 release. pricing.spec.ts checks the real newest release on its own port.
 */
export const FIXTURE_RELEASE_TEXT = readFileSync(FIXTURE_RELEASE, 'utf8')

/** The page's request for its pricing release, for tests that answer it themselves. */
export const PRICING_RELEASE_URL = PRICING_RELEASE_ASSET

import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/find-browser.ts'

/** The built app is served under a sub-path, as on a static host's /tools/ folder. */
export const APP_PORT = 4317
export const APP_PATH = '/tools/promptmeter/'
/** Blog-like pages that embed the widget, on another port: another origin. */
export const HOST_PORT = 4318
/** The same build priced with the real newest release in pricing/, for the one test of it. */
export const REAL_PRICING_PORT = 4319
/** A test's own server of the build that sends no Access-Control-Allow-Origin header, as many hosts. */
export const NO_CORS_PORT = 4321
/**
 * Every other test prices with this frozen release, so a price update in pricing/ never turns
 * them red (their figures are worked out by hand from these prices).
 */
export const FIXTURE_RELEASE = 'tests/e2e/fixtures/pricing-release.json'

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // A page's first count loads a megabyte-sized rank table: seconds on a busy 2-core machine.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}${APP_PATH}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
    // The service worker precaches 7 MB on every first visit: only the offline test lets it run.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `npx tsx scripts/serve-static.ts dist ${APP_PATH} ${APP_PORT} ${FIXTURE_RELEASE}`,
      url: `http://127.0.0.1:${APP_PORT}${APP_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx tsx scripts/serve-static.ts dist ${APP_PATH} ${REAL_PRICING_PORT}`,
      url: `http://127.0.0.1:${REAL_PRICING_PORT}${APP_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx tsx scripts/serve-static.ts tests/e2e/host / ${HOST_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/blog.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
})

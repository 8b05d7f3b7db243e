import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/find-browser.ts'

/** The built app is served under a sub-path, as on a static host's /tools/ folder. */
export const APP_PORT = 4317
export const APP_PATH = '/tools/promptmeter/'

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}${APP_PATH}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `npx tsx scripts/serve-static.ts dist ${APP_PATH} ${APP_PORT}`,
    url: `http://127.0.0.1:${APP_PORT}${APP_PATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})

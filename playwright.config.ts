import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/find-browser.ts'

/** The built app is served under a sub-path, as on a static host's /tools/ folder. */
export const APP_PORT = 4317
export const APP_PATH = '/tools/promptmeter/'
/** Blog-like pages that embed the widget, on another port: another origin. */
export const HOST_PORT = 4318

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
  webServer: [
    {
      command: `npx tsx scripts/serve-static.ts dist ${APP_PATH} ${APP_PORT}`,
      url: `http://127.0.0.1:${APP_PORT}${APP_PATH}`,
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

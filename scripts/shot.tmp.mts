import { chromium } from '@playwright/test'
import { serveStatic } from './serve-static.ts'
import { CHROMIUM_ARGS, findChromium } from './find-browser.ts'
const server = await serveStatic('dist', '/', 4350)
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
for (const width of [1280, 375]) for (const scheme of ['light', 'dark'] as const) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width, height: width > 400 ? 800 : 740 }, colorScheme: scheme })
  const page = await context.newPage()
  await page.goto('http://127.0.0.1:4350/?models=gpt-4o-mini,gpt-4o&prompt=Hello%20world')
  await page.getByTestId('token-count').filter({ hasText: /^\d/ }).waitFor()
  await page.getByTestId('monthly-cost-chart').waitFor({ state: 'attached' })
  await page.waitForTimeout(1500)
  await page.screenshot({ path: `/tmp/pm-tmp/shot-${width}-${scheme}-full.png`, fullPage: true })
  await page.getByTestId('compare-table').scrollIntoViewIfNeeded()
  await page.waitForTimeout(500)
  await page.screenshot({ path: `/tmp/pm-tmp/shot-${width}-${scheme}-compare.png` })
  await page.getByTestId('monthly-cost-chart').scrollIntoViewIfNeeded()
  await page.waitForTimeout(500)
  await page.screenshot({ path: `/tmp/pm-tmp/shot-${width}-${scheme}-charts.png` })
  await context.close()
}
await browser.close(); server.close()

import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { APP_PATH, APP_PORT, HOST_PORT, NO_CORS_PORT } from '../../playwright.config.ts'
import { serveStatic } from '../../scripts/serve-static.ts'
import { billedInput, expectBoxText, settled, tiktokenCount } from './helpers.ts'

const HOST = `http://127.0.0.1:${HOST_PORT}/blog.html`

/** The embed code the full page's Embed dialog gives for a scenario. */
async function snippetFor(page: Page, query: string): Promise<string> {
  await page.goto(`./${query}`)
  await settled(page)
  await page.getByRole('button', { name: 'Embed' }).click()
  const dialog = page.getByRole('dialog', { name: 'Embed this calculator' })
  await dialog.getByLabel('batch', { exact: true }).check()
  const snippet = dialog.getByTestId('embed-snippet')
  await expect(snippet).toHaveValue(/controls=volume%2Cbatch/)
  return snippet.inputValue()
}

test.describe('the embeddable widget', () => {
  test('works in a sandbox="allow-scripts" iframe on another origin, sized to its content', async ({ page }) => {
    const snippet = await snippetFor(page, '?models=gpt-4o-mini&max_tokens=100&volume=1000000')
    expect(snippet).toContain(`src="http://127.0.0.1:${APP_PORT}${APP_PATH}?v=1&amp;`)
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(`${HOST}?snippet=${encodeURIComponent(snippet)}&sandbox=allow-scripts`)
    const iframe = page.locator('iframe[data-promptmeter]')
    await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts')
    const widget = page.frameLocator('iframe[data-promptmeter]')

    const prompt = 'How much is a return flight to 東京? <|endoftext|>'
    await widget.getByLabel('User prompt').fill(prompt)
    await expect(widget.getByTestId('token-count')).toHaveText(String(tiktokenCount('o200k_base', prompt)))
    await expect(widget.getByTestId('input-tokens-gpt-4o-mini')).toHaveText(
      String(billedInput('o200k_base', '', prompt)),
    )
    await expect(widget.getByLabel('Batch share (%)')).toBeVisible()
    // A frame without an origin may not start a worker: it counts on the page and says so.
    await expect(widget.getByTestId('main-thread-notice')).toBeVisible()
    await expect(widget.getByRole('main')).toBeVisible()
    await expect(widget.getByTestId('boot-note')).toHaveCount(0)
    await expect(widget.getByRole('heading', { name: 'promptmeter' })).toBeVisible()
    await expect(iframe).toHaveAttribute('title', /promptmeter/)
    // Keyboard: Tab moves from the prompt box on to the levers.
    await widget.getByLabel('User prompt').focus()
    await page.keyboard.press('Tab')
    await expect(widget.getByLabel('Requests per month')).toBeFocused()

    // The host script grew the frame from 640 px to the widget's height: no inner scrollbar. (Once
    // the chart, the last part to arrive, is in: before, the frame fitted a shorter widget.)
    await expect(widget.getByTestId('monthly-cost-chart')).toBeVisible()
    const frame = page.frame({ url: /embed=1/ })!
    await expect
      .poll(async () => {
        const [outer, inner] = await Promise.all([
          iframe.evaluate((f) => f.getBoundingClientRect().height),
          frame.evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().height)),
        ])
        return Math.abs(outer - inner)
      })
      .toBeLessThanOrEqual(1)
    expect(
      await frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight),
    ).toBe(true)
    const height = await iframe.evaluate((f) => f.style.height)

    // Messages from anyone but the widget's frame change nothing.
    await page.evaluate(() => window.postMessage({ type: 'promptmeter:resize', height: 55 }, '*'))
    await page.evaluate(() => {
      const foreign = document.createElement('iframe')
      foreign.srcdoc = `<script>parent.postMessage({ type: 'promptmeter:resize', height: 66 }, '*')</script>`
      document.body.append(foreign)
    })
    await page.waitForTimeout(300)
    expect(await iframe.evaluate((f) => f.style.height)).toBe(height)

    // Only the blog's and the widget's own files were requested, none carrying the text; no cookies.
    const origins = new Set(requests.map((url) => new URL(url).origin))
    expect([...origins].sort()).toEqual([`http://127.0.0.1:${APP_PORT}`, `http://127.0.0.1:${HOST_PORT}`])
    for (const url of requests) expect(decodeURIComponent(url)).not.toContain('return flight')
    expect(await page.context().cookies()).toEqual([])

    // "Open in promptmeter" carries the scenario, typed prompt included, to the full page.
    const open = widget.getByTestId('open-full')
    await expect(open).toHaveAttribute('href', /#z=/)
    await expect(open).toHaveAttribute('target', '_blank')
    const href = (await open.getAttribute('href'))!
    expect(href).not.toContain('embed=1')
    await page.goto(href)
    await expectBoxText(page, 'prompt-input', prompt)
    await expect(page.getByLabel('max_tokens')).toHaveValue('100')
    await expect(page.getByTestId('notices')).toHaveCount(0)
  })

  test('sandboxed without allow-same-origin on a host that sends no CORS header, it says what to change', async ({
    page,
  }) => {
    // Such a frame has no origin: its module scripts load as cross-origin requests, and without
    // Access-Control-Allow-Origin the browser refuses them. Nothing of the app can run; the page's
    // own HTML says why after a few seconds.
    // (Playwright adds the header itself to responses it fulfils, so a server of our own, without it.)
    const server = await serveStatic('dist', APP_PATH, NO_CORS_PORT, { cors: false })
    try {
      const snippet = `<iframe src="http://127.0.0.1:${NO_CORS_PORT}${APP_PATH}?embed=1&amp;models=gpt-4o-mini" title="promptmeter" style="width:100%;height:640px;border:0" data-promptmeter></iframe>`
      await page.goto(`${HOST}?snippet=${encodeURIComponent(snippet)}&sandbox=allow-scripts`)
      const widget = page.frameLocator('iframe[data-promptmeter]')
      const note = widget.getByTestId('boot-note')
      await expect(note).toBeAttached()
      await expect(note).toBeHidden()
      await expect(note).toBeVisible({ timeout: 10_000 })
      await expect(note).toContainText('add allow-same-origin')
      await expect(note).toContainText('Access-Control-Allow-Origin: *')
      await expect(widget.getByLabel('User prompt')).toHaveCount(0)
    } finally {
      server.close()
    }
  })

  test('the embed code from the dialog works as given (counting in the worker) and follows its theme', async ({
    page,
  }) => {
    const snippet = await snippetFor(
      page,
      '?models=gpt-4o-mini,gpt-4o&mix=80,20&input_tokens=500&max_tokens=1000&volume=1000000',
    )
    await page.goto(`${HOST}?snippet=${encodeURIComponent(snippet.replace('theme=auto', 'theme=dark'))}`)
    const widget = page.frameLocator('iframe[data-promptmeter]')
    await expect(widget.getByTestId('cost-monthly-total')).toHaveText('$2,790.00')
    await expect(widget.locator('html')).toHaveClass(/dark/)
    await expect(widget.getByTestId('main-thread-notice')).toHaveCount(0)
    await widget.getByLabel('Requests per month').fill('2000000')
    // 0.8 × 675 + 0.2 × 11,250 = 2,790 a month at 1M requests; twice that at 2M
    await expect(widget.getByTestId('cost-monthly-total')).toHaveText('$5,580.00')
  })

  test('the dialog previews the widget live', async ({ page }) => {
    await snippetFor(page, '?models=gpt-4o-mini&input_tokens=500&max_tokens=1000&volume=1000000')
    const preview = page.frameLocator('[data-testid="embed-preview"]')
    await expect(preview.getByTestId('cost-monthly-total')).toHaveText('$675.00')
    // sized by the host script, not left at 640 px
    await expect.poll(() => page.getByTestId('embed-preview').evaluate((f) => f.style.height)).not.toBe('640px')
  })
})

import { expect, test } from './fixtures.ts'
import { addModel, chartsInView, expectBoxText, settled, tiktokenCount } from './helpers.ts'

/** A screen this tall shows the page's charts at load; at 800 px they are below the fold. */
const TALL_PX = 3000
/** The charts' code: each chart's own chunk and the chart library's. */
const CHART_CODE = /^([a-z-]+-chart|chart-figure|BarChart|LineChart|Legend)-[^/]+\.js$/

test.describe('heavy code loads lazily', () => {
  test('the page is usable and says counting is pending before the encoding arrives', async ({ page }) => {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/o200k_base-[^/]+\.json$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto('./')
    await expect(page.getByTestId('token-count')).toHaveText('counting…')
    await page.getByLabel('User prompt').fill('typed while the encoding loads')
    await expectBoxText(page, 'prompt-input', 'typed while the encoding loads')
    await expect(page.getByTestId('token-count')).toHaveText('counting…')
    release()
    await settled(page)
    await expect(page.getByTestId('token-count')).toHaveText(
      String(tiktokenCount('o200k_base', 'typed while the encoding loads')),
    )
  })

  for (const [where, address] of [
    ['page', './?models=gpt-4o-mini&prompt=Hello%20world'],
    ['widget', './?embed=1&models=gpt-4o-mini&prompt=Hello%20world'],
  ] as const)
    test(`the first count is on screen before any chart is drawn (${where})`, async ({ page }) => {
      await page.addInitScript(() => {
        const seen: string[] = []
        Object.assign(window, { shownInOrder: seen })
        new MutationObserver(() => {
          if (
            !seen.includes('count') &&
            /^\d/.test(document.querySelector('[data-testid="token-count"]')?.textContent ?? '')
          )
            seen.push('count')
          if (!seen.includes('chart') && document.querySelector('figure[data-testid$="-chart"]')) seen.push('chart')
        }).observe(document, { subtree: true, childList: true, characterData: true })
      })
      // A screen tall enough to show the page's charts at once (they are drawn only near it).
      await page.setViewportSize({ width: 1280, height: TALL_PX })
      await page.goto(address)
      await expect(page.getByTestId('monthly-cost-chart')).toBeVisible()
      expect(await page.evaluate(() => (window as unknown as { shownInOrder: string[] }).shownInOrder)).toEqual([
        'count',
        'chart',
      ])
    })

  test('the charts are drawn one after another, each in a task of its own', async ({ page }) => {
    // recharts draws a chart the first time in 80–130 ms at once: together, four held the page
    // for 190–250 ms. A MutationObserver hears each task's changes once, after the task.
    await page.addInitScript(() => {
      const seen = new Set<string>()
      const perTask: string[][] = []
      Object.assign(window, { chartsPerTask: perTask })
      new MutationObserver(() => {
        const added = [...document.querySelectorAll('figure[data-testid$="-chart"]')]
          .map((figure) => figure.getAttribute('data-testid')!)
          .filter((id) => !seen.has(id))
        for (const id of added) seen.add(id)
        if (added.length > 0) perTask.push(added)
      }).observe(document, { subtree: true, childList: true })
    })
    // With the mix and the input set, four charts: the savings chart among them, all in view.
    await page.setViewportSize({ width: 1280, height: TALL_PX })
    await page.goto('./?models=gpt-4o-mini,gpt-3.5-turbo&mix=50,50&input_tokens=500&max_tokens=1000')
    await expect(page.locator('figure[data-testid$="-chart"]')).toHaveCount(4)
    expect(await page.evaluate(() => (window as unknown as { chartsPerTask: string[][] }).chartsPerTask)).toEqual([
      ['monthly-cost-chart'],
      ['volume-cost-chart'],
      ['lever-savings-chart'],
      ['price-history-chart'],
    ])
  })

  test('the charts below the fold are drawn, and their code fetched, only as they come near the screen', async ({
    page,
  }) => {
    const fetched: string[] = []
    page.on('request', (request) => fetched.push(request.url().split('/').pop()!))
    await page.goto('./?models=gpt-4o-mini,gpt-3.5-turbo&mix=50,50&input_tokens=500&max_tokens=1000')
    await settled(page)
    // 0.5 × (500 × 0.15 + 1000 × 0.6) + 0.5 × (500 × 0.5 + 1000 × 1.5) = 337.50 + 875.00 at 1M requests
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$1,212.50')
    // Drawn at once, the charts came within a second of the count; drawn near the screen, not
    // until it is scrolled to.
    await page.waitForTimeout(1500)
    const charts = page.locator('figure[data-testid$="-chart"]')
    expect(await charts.count()).toBe(0)
    expect(fetched.filter((file) => CHART_CODE.test(file))).toEqual([])
    await expect(page.getByTestId('charts')).toContainText('Charts are drawn as you scroll to them.')
    await chartsInView(page)
    await expect(charts).toHaveCount(4)
    expect(fetched.filter((file) => CHART_CODE.test(file)).length).toBeGreaterThanOrEqual(6)
  })

  test('cl100k_base is fetched only when a model needs it', async ({ page }) => {
    const fetched: string[] = []
    page.on('request', (request) => fetched.push(request.url()))
    await page.goto('./?models=gpt-4o-mini')
    await settled(page)
    expect(fetched.some((url) => /o200k_base-[^/]+\.json$/.test(url))).toBe(true)
    expect(fetched.some((url) => /cl100k_base-[^/]+\.json$/.test(url))).toBe(false)
    await addModel(page, 'gpt-3.5-turbo')
    await expect(page.getByTestId('input-tokens-gpt-3.5-turbo')).toBeVisible()
    expect(fetched.some((url) => /cl100k_base-[^/]+\.json$/.test(url))).toBe(true)
  })

  test('the cost table shows before the charts’ code arrives', async ({ page }) => {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/(chart-figure|BarChart|LineChart)-[^/]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto('./?models=gpt-4o-mini&input_tokens=500&max_tokens=1000&volume=1000000')
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$675.00')
    await chartsInView(page)
    await expect(page.getByText('Loading charts…').first()).toBeVisible()
    release()
    await expect(page.getByTestId('monthly-cost-chart')).toBeVisible()
  })
})

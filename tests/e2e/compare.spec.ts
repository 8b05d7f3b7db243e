import { FIXTURE_RELEASE_TEXT, expect, test } from './fixtures.ts'
import { PENDING_SHOWN_AFTER_MS, PENDING_SHOWN_CLASS } from '../../src/ui/hooks/pending-shown.ts'
import { chartInView, settled } from './helpers.ts'

const MODEL_COUNT = (JSON.parse(FIXTURE_RELEASE_TEXT) as { models: unknown[] }).models.length

test.describe('every model compared at a glance', () => {
  test('prices every model for the scenario, cheapest first, and names the cheapest that fits', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&input_tokens=500&max_tokens=1000&volume=1000000')
    const table = page.getByTestId('compare-table')
    await table.scrollIntoViewIfNeeded()
    await expect(table.locator('tbody tr')).toHaveCount(MODEL_COUNT)
    // (500 × 0.15 + 1000 × 0.6) / 1e6 × 1,000,000 = 675; (500 × 0.5 + 1000 × 1.5) = 1,750
    await expect(page.getByTestId('compare-monthly-gpt-4o-mini')).toHaveText('$675.00')
    // gpt-3.5-turbo is counted in cl100k_base, loaded once the comparison is in view
    await expect(page.getByTestId('compare-monthly-gpt-3.5-turbo')).toHaveText('$1,750.00')
    await expect(page.getByTestId('compare-row-gpt-4o-mini')).toHaveAttribute('data-fits', 'true')
    const monthly = await table.locator('[data-testid^="compare-monthly-"]').allTextContents()
    const amounts = monthly.map((m) => Number(m.replace(/[$,]/g, '')))
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b))
    await expect(page.getByTestId('cheapest-fit')).toContainText('Cheapest that fits:')
    await expect(page.getByTestId('cheapest-fit')).not.toContainText('still counting')
  })

  test('an encoding only the comparison needs, loading, leaves the mix’s count and costs current', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&prompt=Hello%20world')
    await settled(page)
    // gpt-3.5-turbo is counted in cl100k_base, asked for once the comparison is in view: held.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/cl100k_base-[^/]+\.json$/, async (route) => {
      await held
      await route.continue()
    })
    const asked = page.waitForRequest(/cl100k_base-[^/]+\.json$/)
    await page.getByTestId('compare-table').scrollIntoViewIfNeeded()
    await asked
    // The charts below it, drawn as they come near (a task each, 80–130 ms; on a busy machine
    // more): drawn first (the price history last), so that what follows times the counts and
    // costs alone.
    await expect(await chartInView(page, 'price-history-chart')).toBeVisible()
    await page.getByTestId('compare-table').scrollIntoViewIfNeeded()
    // Every change of the mix's figures' busy state, and anything drawn as updating.
    await page.evaluate((dimClass) => {
      const changes: string[] = []
      Object.assign(window, { busyChanges: changes })
      const figures = document.querySelectorAll(
        '[data-testid="token-count"], [data-testid="cost-table"], section[aria-label="Cost summary"]',
      )
      new MutationObserver((records) => {
        for (const record of records) if ([...figures].includes(record.target as Element)) changes.push('busy')
        if (document.querySelector(`.${dimClass}`)) changes.push('dimmed')
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-busy', 'class'] })
    }, PENDING_SHOWN_CLASS)
    // Longer than a count may go before it is drawn as updating.
    await page.waitForTimeout(2 * PENDING_SHOWN_AFTER_MS)
    const changes = () => page.evaluate(() => (window as unknown as { busyChanges: string[] }).busyChanges)
    expect(await changes()).toEqual([])
    await expect(page.getByTestId('token-count')).toHaveAttribute('aria-busy', 'false')
    release()
    await expect(page.getByTestId('compare-monthly-gpt-3.5-turbo')).toHaveText(/^\$\d/)
    // Once it has counted, the costs take the new counts a render later (busy for that render).
    expect(await changes()).not.toContain('dimmed')
  })

  test('a request too large for some models marks them, and the cheapest that fits skips them', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&input_tokens=500000&max_tokens=1000')
    await page.getByTestId('compare-table').scrollIntoViewIfNeeded()
    await expect(page.getByTestId('compare-row-gpt-4o-mini')).toHaveAttribute('data-fits', 'false')
    await expect(page.getByTestId('compare-row-gpt-4.1')).toHaveAttribute('data-fits', 'true')
    const cheapest = await page.getByTestId('cheapest-fit').textContent()
    expect(cheapest).not.toContain('GPT-4o mini ')
  })

  test('filters by provider, searches, sorts by a column, and adds a model to the mix', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&input_tokens=500&max_tokens=1000')
    const table = page.getByTestId('compare-table')
    await table.scrollIntoViewIfNeeded()
    await page.getByLabel('Provider').selectOption('anthropic')
    const providers = await table.locator('tbody tr td:nth-of-type(1)').allTextContents()
    expect(new Set(providers)).toEqual(new Set(['anthropic']))
    await page.getByLabel('Provider').selectOption('all')
    await page.getByLabel('Search the comparison').fill('gpt-4.1')
    await expect(table.locator('tbody tr')).toHaveCount(3)
    await page.getByRole('button', { name: 'Context window' }).click()
    await expect(table.getByRole('columnheader', { name: 'Context window' })).toHaveAttribute('aria-sort', 'ascending')
    await page.getByRole('button', { name: 'Add gpt-4.1-mini to the mix' }).click()
    await expect(page.getByTestId('share-gpt-4.1-mini')).toHaveValue('0')
    await expect(page.getByRole('button', { name: 'gpt-4.1-mini is in the mix' })).toBeDisabled()
  })
})

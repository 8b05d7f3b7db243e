import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { APP_PATH, REAL_PRICING_PORT } from '../../playwright.config.ts'
import { releaseFileNames, RELEASES_DIR } from '../../scripts/pricing-files.ts'
import { isoToday } from '../../src/core/pricing/price-as-of.ts'
import { expect, test } from './fixtures.ts'
import { chartInView } from './helpers.ts'

test.describe('pricing data in the page', () => {
  test('the model picker is a combobox: every model by provider, searched, browsed by keyboard', async ({ page }) => {
    await page.goto('./')
    const picker = page.getByRole('combobox', { name: 'Add a model' })
    const listbox = page.getByRole('listbox')
    const rows = page.locator('[data-testid^="share-slider-"]')
    await expect(rows).toHaveCount(2)
    await picker.focus()
    await page.keyboard.press('ArrowDown')
    // 54 models, 2 already compared; one heading per provider
    await expect(listbox.getByRole('option')).toHaveCount(52)
    await expect(listbox.locator('li[role="presentation"]')).toHaveCount(6)
    await expect(listbox.getByRole('option', { name: /claude/i }).first()).toContainText('≈ estimate')
    // Arrows browse without adding anything.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(rows).toHaveCount(2)
    await page.keyboard.press('Escape')
    await expect(listbox.getByRole('option')).toHaveCount(0)
    await picker.fill('claude')
    await expect(listbox.locator('li[role="presentation"]')).toHaveText(['anthropic'])
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(rows).toHaveCount(3)
    await expect(picker).toHaveValue('')
  })

  test('non-OpenAI counts are marked as estimates', async ({ page }) => {
    await page.goto('./?models=claude-haiku-4-5&prompt=hello')
    await expect(page.getByTestId('input-tokens-claude-haiku-4-5')).toContainText('≈')
    await expect(page.getByText('estimate: this provider’s tokenizer is not public')).toBeVisible()
  })

  test('prices "as of" a past date with the rows then in force', async ({ page }) => {
    const scenario = './?models=deepseek-chat&input_tokens=1000&max_tokens=1000&volume=1000'
    await page.goto(scenario)
    // today: (1000 × 0.28 + 1000 × 0.42) / 1e6
    await expect(page.getByTestId('cost-request-deepseek-chat')).toHaveText('$0.000700')
    await page.goto(`${scenario}&pricing=2025-03-01`)
    // 2025-02-08 to 2025-09-29: (1000 × 0.27 + 1000 × 1.10) / 1e6 = 0.00137; × 1,000 = 1.37
    await expect(page.getByTestId('cost-request-deepseek-chat')).toHaveText('$0.00137')
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$1.37')
    await expect(page.getByTestId('pricing-version')).toContainText('as in force on 2025-03-01')
    await page.getByTestId('pricing-as-of').fill('2025-01-15')
    // before 2025-02-08: (1000 × 0.14 + 1000 × 0.28) / 1e6 = 0.00042
    await expect(page.getByTestId('cost-request-deepseek-chat')).toHaveText('$0.000420')
  })

  test('a model with no price on the "as of" date says so instead of vanishing', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini,gpt-3.5-turbo&input_tokens=100&pricing=2024-03-01')
    await expect(page.getByTestId('unpriced-gpt-4o-mini')).toContainText('no price recorded on 2024-03-01')
    await expect(page.getByTestId('cost-request-gpt-3.5-turbo')).toBeVisible()
  })

  test('a bad "as of" date is ignored with a notice', async ({ page }) => {
    await page.goto('./?pricing=2025-13-01&input_tokens=500&models=gpt-4o-mini&max_tokens=1000')
    await expect(page.getByTestId('notices')).toContainText('pricing')
    await expect(page.getByTestId('cost-request-gpt-4o-mini')).toHaveText('$0.000675')
  })

  test('draws price history for the compared models and links each release', async ({ page }) => {
    await page.goto('./?models=gpt-5.6-luna,deepseek-chat&input_tokens=1')
    await expect((await chartInView(page, 'price-history-chart')).locator('.recharts-line')).toHaveCount(4)
    await expect(page.getByRole('link', { name: '2026-11-22.json' })).toHaveAttribute('href', /2026-11-22-[^/]+\.json$/)
  })
})

test.describe('the real pricing data', () => {
  const newest = releaseFileNames().at(-1)!
  const newestText = readFileSync(join(RELEASES_DIR, newest), 'utf8')

  test('the newest release in pricing/ loads, is valid and prices every model in service', async ({ page }) => {
    const { data_version: version, models } = JSON.parse(newestText) as {
      data_version: string
      models: { id: string; deprecated: string | null }[]
    }
    const today = isoToday()
    const ids = models.map((m) => m.id)
    await page.goto(
      `http://127.0.0.1:${REAL_PRICING_PORT}${APP_PATH}?input_tokens=500&max_tokens=100&models=${ids.join(',')}`,
    )
    await expect(page.getByTestId('pricing-version')).toContainText(`release ${version}`)
    await expect(page.getByTestId('pricing-error')).toHaveCount(0)
    await expect(page.getByTestId('notices')).toHaveCount(0)
    for (const { id, deprecated } of models) {
      // A retired model keeps working in links; it says it is retired instead of a price.
      if (deprecated !== null && deprecated <= today) {
        await expect(page.getByTestId(`unpriced-${id}`)).toContainText(`retired on ${deprecated}`)
      } else await expect(page.getByTestId(`cost-monthly-${id}`)).toHaveText(/^\$\d/)
    }
  })

  test('the build publishes every release, the newest as latest.json, and the schema, for others to read', async ({
    request,
  }) => {
    const get = async (path: string) => {
      const response = await request.get(`http://127.0.0.1:${REAL_PRICING_PORT}${APP_PATH}${path}`)
      expect(response.status(), path).toBe(200)
      return response.text()
    }
    for (const file of releaseFileNames()) {
      expect(await get(`pricing/releases/${file}`)).toBe(readFileSync(join(RELEASES_DIR, file), 'utf8'))
    }
    const latest = JSON.parse(await get('pricing/latest.json'))
    expect(latest).toEqual({ ...JSON.parse(newestText), $schema: './schema.json' })
    expect(JSON.parse(await get('pricing/schema.json'))).toEqual(
      JSON.parse(readFileSync(join(RELEASES_DIR, '..', 'schema.json'), 'utf8')),
    )
  })
})

import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { chartInView, paste, settled, tiktokenCount } from './helpers.ts'

/** Clicks an export button and returns the saved file's name and bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) }
}

test.describe('the full cost model', () => {
  test('prompt caching: a 2,006-token prefix caches 1,920 on gpt-4o-mini, as in OpenAI’s example', async ({ page }) => {
    await page.goto(
      './?models=gpt-4o-mini&input_tokens=2006&prefix_tokens=2006&prompt_cache=100&output=300&max_tokens=300&volume=1000000',
    )
    await expect(page.getByTestId('cached-tokens-gpt-4o-mini')).toHaveText('1,920 cacheable')
    // (86 × 0.15 + 1920 × 0.075 + 300 × 0.6) / 1e6 = 0.0003369
    await expect(page.getByTestId('cost-request-gpt-4o-mini')).toHaveText('$0.000337')
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$336.90')
  })

  test('caches the counted system message by default, in 128-token steps', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&prompt_cache=50&max_tokens=100&volume=1000000')
    const system = 'You are a support agent for ACME. Follow these policies carefully. '.repeat(120)
    const user = 'Where is my order #1234?'
    await paste(page, 'system-input', system)
    await paste(page, 'prompt-input', user)
    await settled(page)
    const t = (s: string) => tiktokenCount('o200k_base', s)
    const prefix = 3 + t('system') + t(system)
    const input = prefix + 3 + t('user') + t(user) + 3
    const cached = 1024 + Math.floor((prefix - 1024) / 128) * 128
    expect(prefix).toBeGreaterThan(1024)
    await expect(page.getByTestId('cached-tokens-gpt-4o-mini')).toHaveText(
      `${cached.toLocaleString('en-US')} cacheable`,
    )
    // half the requests read the cache at $0.075, half bill the prefix as input at $0.15
    const perRequest = (0.5 * cached * 0.075 + 0.5 * cached * 0.15 + (input - cached) * 0.15 + 100 * 0.6) / 1e6
    const monthly = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(perRequest * 1e6)
    await expect(page.getByTestId('cost-monthly-total')).toHaveText(monthly)
  })

  test('batch: 40% of requests at half price; a model without a batch API says so', async ({ page }) => {
    await page.goto(
      './?models=gpt-4o-mini,mistral-large-latest&mix=50,50&input_tokens=500&max_tokens=1000&volume=1000000&batch=40',
    )
    // per request stays at standard prices
    await expect(page.getByTestId('cost-request-gpt-4o-mini')).toHaveText('$0.000675')
    // 675 × (1 − 0.4 × 0.5) = 540
    await expect(page.getByTestId('cost-monthly-gpt-4o-mini')).toHaveText('$540.00')
    await expect(page.getByTestId('batch-gpt-4o-mini')).toHaveText('40% via batch at 50% off')
    // (500 × 0.5 + 1000 × 1.5) / 1e6 × 1e6 = 1,750, no discount
    await expect(page.getByTestId('cost-monthly-mistral-large-latest')).toHaveText('$1,750.00')
    await expect(page.getByTestId('batch-mistral-large-latest')).toHaveText('no batch API: all at standard prices')
    // 0.5 × 540 + 0.5 × 1,750 = 1,145
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$1,145.00')
  })

  test('images: 765 tokens on gpt-4o and 25,501 on gpt-4o-mini for 1024×1024; none guessed elsewhere', async ({
    page,
  }) => {
    await page.goto(
      './?models=gpt-4o,gpt-4o-mini,gpt-3.5-turbo&input_tokens=500&images=1&image_size=1024x1024&image_detail=high',
    )
    await expect(page.getByTestId('input-tokens-gpt-4o')).toHaveText('1,265')
    await expect(page.getByTestId('image-tokens-gpt-4o')).toHaveText('incl. 765 image')
    await expect(page.getByTestId('input-tokens-gpt-4o-mini')).toHaveText('26,001')
    await expect(page.getByTestId('unpriced-gpt-3.5-turbo')).toHaveText(
      'Not priced: images: not priced (no published image-token rule for this model).',
    )
    await page.getByLabel('Image detail').selectOption('low')
    // low detail: the base alone
    await expect(page.getByTestId('input-tokens-gpt-4o')).toHaveText('585')
    await page.getByLabel('Images per request').fill('0')
    await expect(page.getByTestId('input-tokens-gpt-3.5-turbo')).toHaveText('500')
  })

  test('reasoning tokens bill as output; the worst case is max_tokens in all', async ({ page }) => {
    await page.goto('./?models=o4-mini,gpt-4o-mini&input_tokens=1000&max_tokens=4000&output=300&reasoning=2000')
    // (1000 × 1.1 + 2300 × 4.4) / 1e6 = 0.01122; worst (1000 × 1.1 + 4000 × 4.4) / 1e6 = 0.0187
    await expect(page.getByTestId('cost-request-o4-mini')).toHaveText('$0.0112')
    await expect(page.getByTestId('cost-request-worst-o4-mini')).toHaveText('worst $0.0187')
    // gpt-4o-mini does not reason: (1000 × 0.15 + 300 × 0.6) / 1e6 = 0.00033
    await expect(page.getByTestId('cost-request-gpt-4o-mini')).toHaveText('$0.000330')
  })

  test('a request over a long-context threshold is billed at the tier’s prices', async ({ page }) => {
    await page.goto('./?models=claude-sonnet-4-5&input_tokens=200001&output=300&max_tokens=300&volume=1000')
    await expect(page.getByTestId('input-tokens-claude-sonnet-4-5')).toHaveText('≈ 200,001')
    await expect(page.getByTestId('tier-claude-sonnet-4-5')).toHaveText('long-context tier (> 200,000 input)')
    // (200,001 × 6 + 300 × 22.5) / 1e6 = 1.206756; × 1,000 = 1,206.756
    await expect(page.getByTestId('cost-request-claude-sonnet-4-5')).toHaveText('$1.21')
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$1,206.76')
  })

  test('lever controls change the projection', async ({ page }) => {
    await page.goto(
      './?models=claude-sonnet-4-5&input_tokens=10000&prefix_tokens=10000&output=0&max_tokens=100&volume=1000',
    )
    // no caching: 10,000 × 3 / 1e6 × 1,000 = 30
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$30.00')
    await page.getByLabel('Prompt-cache hit rate (%)').fill('90')
    // 0.9 × 10,000 × 0.3 + 0.1 × 10,000 × 3.75 = 2,700 + 3,750 = 6,450 per 1M × 1,000 = 6.45
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$6.45')
    await page.getByLabel('Batch share (%)').fill('100')
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$3.23')
    await page.getByLabel('Cacheable prefix (tokens)').fill('1000')
    // below Sonnet's 1,024 minimum: nothing cached, 30 × 0.5 = 15
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$15.00')
  })

  test('a custom model with the person’s own prices behaves like any other', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&input_tokens=500&max_tokens=1000&volume=1000000')
    await page.getByText('Custom model: your own prices').click()
    await page.getByLabel('Custom model name').fill('Our fine-tune')
    await page.getByLabel('Custom input $/1M tokens').fill('1')
    await page.getByLabel('Custom output $/1M tokens').fill('4')
    await page.getByRole('button', { name: 'Compare custom model' }).click()
    // (500 × 1 + 1000 × 4) / 1e6 = 0.0045
    await expect(page.getByTestId('cost-request-custom')).toHaveText('$0.00450')
    await expect(page.getByTestId('cost-monthly-custom')).toHaveText('$4,500.00')
    await expect(
      page.getByRole('table', { name: 'Projected cost per model' }).getByRole('rowheader', { name: /Our fine-tune/ }),
    ).toContainText('your prices')
    await page.getByLabel('Custom output $/1M tokens').fill('2')
    await expect(page.getByTestId('cost-monthly-custom')).toHaveText('$2,500.00')
    await page.getByRole('button', { name: 'Remove custom model' }).click()
    await expect(page.getByTestId('cost-monthly-custom')).toHaveCount(0)
  })

  test('explains the savings in words and in charts', async ({ page }) => {
    await page.goto(
      './?models=gpt-4o-mini,gpt-4o&mix=80,20&input_tokens=500&max_tokens=1000&output=200&volume=1000000&response_cache=25&batch=50',
    )
    // all gpt-4o: 3,250 × 0.75 × 0.75 = 1,828.125; mix: 0.8 × 109.6875 + 0.2 × 1,828.125 = 453.375
    await expect(page.getByTestId('cost-summary')).toContainText(
      'Routing 80% to gpt-4o-mini saves $1,374.75/month against all gpt-4o.',
    )
    // baseline: all on gpt-4o (the priciest), every reply at 1,000: 500 × 2.5 + 1000 × 10 = 11,250
    await expect(page.getByTestId('savings-baseline')).toHaveText(
      'Baseline: all traffic on gpt-4o, every reply at max_tokens, no caches, no batch: $11,250.00/month.',
    )
    // 11,250 − 453.375 = 10,796.625, 95.97% of it
    await expect(page.getByTestId('cost-summary')).toContainText(
      'Together the levers save $10,796.63/month (95.97%) against the baseline.',
    )
    // stacked components: two models × (uncached input, output)
    await expect((await chartInView(page, 'monthly-cost-chart')).locator('.recharts-bar-rectangle')).toHaveCount(4)
    const volumeChart = await chartInView(page, 'volume-cost-chart')
    await expect(volumeChart.locator('.recharts-line-curve')).toHaveCount(2)
    // Log axes (the default) step by powers of ten and have no zero; linear ones start at $0.
    const yTicks = volumeChart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
    await expect(yTicks.filter({ hasText: /^\$100$/ })).toHaveCount(1)
    await expect(yTicks.filter({ hasText: /^\$0$/ })).toHaveCount(0)
    await page.getByLabel('Log axes').uncheck()
    await expect(yTicks.filter({ hasText: /^\$0$/ })).toHaveCount(1)
    await expect(volumeChart.locator('.recharts-line-curve')).toHaveCount(2)
    // baseline and scenario in grey; shorter replies, the mix, response cache and batch save
    // (teal); nothing adds; the prompt cache changes nothing here (no prefix), so no bar
    const savingsChart = await chartInView(page, 'lever-savings-chart')
    const bars = (fill: string) => savingsChart.locator(`.recharts-bar-rectangle path[fill="${fill}"]`)
    await expect(bars('#475569')).toHaveCount(2)
    await expect(bars('#0f766e')).toHaveCount(4)
    await expect(bars('#be123c')).toHaveCount(0)
    await expect(page.getByTestId('lever-savings-legend')).toHaveText(
      /Baseline and your scenario.*A lever saves.*A lever adds/,
    )
  })

  test('exports the table as CSV, the scenario as JSON and a chart as PNG, on the page’s background in either theme', async ({
    page,
  }) => {
    await page.goto('./?models=gpt-4o-mini&input_tokens=500&max_tokens=1000&volume=1000000&batch=40')
    const csv = await download(page, () => page.getByRole('button', { name: 'Export table (CSV)' }).click())
    expect(csv.name).toBe('promptmeter-costs.csv')
    const lines = csv.bytes.toString('utf8').split('\r\n')
    expect(lines[1]).toMatch(/^gpt-4o-mini,GPT-4o mini,exact,100,500,0,0,0,0\.000675,0\.000675,540,540,540,/)
    const json = await download(page, () => page.getByRole('button', { name: 'Export scenario (JSON)' }).click())
    const exported = JSON.parse(json.bytes.toString('utf8')) as {
      pricing_release: string
      scenario: { batchPercent: number; modelIds: string[] }
    }
    expect(exported.pricing_release).toBe('2026-11-22')
    expect(exported.scenario).toMatchObject({ batchPercent: 40, modelIds: ['gpt-4o-mini'] })
    await chartInView(page, 'monthly-cost-chart')
    const savePng = () =>
      download(page, () => page.getByRole('button', { name: 'Save monthly-cost-by-component chart as PNG' }).click())
    /** The image's corner, read back in the browser. */
    const corner = (png: Buffer) =>
      page.evaluate(
        async (bytes) => {
          const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }))
          const canvas = new OffscreenCanvas(image.width, image.height)
          const context = canvas.getContext('2d')!
          context.drawImage(image, 0, 0)
          return [...context.getImageData(1, 1, 1, 1).data]
        },
        [...png],
      )
    const png = await savePng()
    expect(png.name).toBe('monthly-cost-by-component.png')
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(png.bytes.length).toBeGreaterThan(5000)
    expect(await corner(png.bytes)).toEqual([255, 255, 255, 255])
    // In the dark, its light text on the page's dark background (#0f172a), not on white.
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    expect(await corner((await savePng()).bytes)).toEqual([15, 23, 42, 255])
  })
})

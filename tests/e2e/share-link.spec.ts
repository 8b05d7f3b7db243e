import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { V1_LINK, V1_PROMPT } from '../unit/url/share-link-fixtures.ts'
import { WEATHER_TOOLS } from '../unit/chat/cookbook-examples.ts'
import { expectBoxText, integerIn, paste, settled, tiktokenCount, unfold } from './helpers.ts'

/** Every count and cost on the page, by test id. */
async function results(page: Page): Promise<Record<string, string>> {
  await settled(page)
  const cells = page.locator(
    '[data-testid="token-count"], [data-testid^="input-tokens-"], [data-testid^="cost-"], [data-testid^="unpriced-"], [data-testid^="cached-tokens-"], [data-testid^="batch-"], [data-testid^="image-tokens-"]',
  )
  const out: Record<string, string> = {}
  for (const cell of await cells.all())
    out[(await cell.getAttribute('data-testid'))!] = (await cell.textContent()) ?? ''
  return out
}

test.describe('share links', () => {
  test('a copied link reproduces every lever in a new page', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('./?models=gpt-4o-mini,gpt-4.1-mini')
    await paste(page, 'system-input', 'You are a careful assistant. '.repeat(200))
    await paste(page, 'prompt-input', 'Plan a trip to 東京 <|endoftext|> in 3 days 🗼')
    await page.getByText('Custom model: your own prices').click()
    await page.getByLabel('Custom input $/1M tokens').fill('0.5')
    await page.getByLabel('Custom output $/1M tokens').fill('1.5')
    // A cache price above the input price is said beside the field, then corrected.
    const cached = page.getByLabel('Custom cached input $/1M tokens')
    await cached.fill('0.6')
    await expect(page.getByText('Above the input price ($0.5): cache reads would cost more')).toBeVisible()
    await cached.fill('0.05')
    await expect(page.getByText('Above the input price')).toHaveCount(0)
    await page.getByRole('button', { name: 'Compare custom model' }).click()
    await page.getByLabel('Share % for custom').fill('30')
    await page.getByLabel('Requests per month').fill('750000')
    await page.getByLabel('max_tokens').fill('900')
    await page.getByLabel('Expected output tokens').fill('320')
    await page.getByLabel('Response-cache hit rate (%)').fill('15')
    await unfold(page, 'Caching, batch and reasoning')
    await unfold(page, 'Images')
    await page.getByLabel('Prompt-cache hit rate (%)').fill('65')
    await page.getByLabel('Batch share (%)').fill('35')
    await page.getByLabel('Reasoning tokens per request').fill('150')
    await page.getByLabel('Images per request').fill('1')
    await page.getByLabel('Image width (px)').fill('800')
    // The levers and texts added with conversations and routing travel too (texts in the fragment).
    await unfold(page, 'Routing: escalation and a classifier')
    await page.getByLabel('Escalation rate (%)').fill('10')
    await page.getByText('Messages, tools and response format').click()
    await page.getByRole('button', { name: 'Add message' }).click()
    await page.getByLabel('Message 1 content').fill('An earlier answer 🗼')
    await page.getByTestId('tools-input').fill(WEATHER_TOOLS)
    await expect(page.getByTestId('unpriced-custom')).toContainText('images: not priced')
    // The summary in view says what its total leaves out, and how much of the traffic that is.
    await expect(page.getByTestId('summary-unpriced')).toContainText(
      'Leaves out My model (30% of traffic): images: not priced',
    )
    const before = await results(page)
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining([
        'cost-request-gpt-4.1-mini',
        'cached-tokens-gpt-4.1-mini',
        'image-tokens-gpt-4.1-mini',
        'cost-monthly-total-worst',
        'batch-gpt-4o-mini',
        'cost-escalation',
      ]),
    )

    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByText('Link copied.')).toBeVisible()
    const url = await page.evaluate(() => navigator.clipboard.readText())
    expect(url).toContain('batch=35')
    expect(url).toContain('escalation=10')
    expect(url).toContain('#z=')
    expect(decodeURIComponent(url.split('#')[0]!)).not.toMatch(/earlier answer|get_current_weather/i)

    const opened = await context.newPage()
    await opened.goto(url)
    await expect(opened.getByLabel('Requests per month')).toHaveValue('750000')
    expect(await results(opened)).toEqual(before)
    await expectBoxText(opened, 'message-1-content', 'An earlier answer 🗼')
    await expect(opened.getByTestId('tools-input')).toHaveValue(WEATHER_TOOLS)
    await expect(opened.getByTestId('notices')).toHaveCount(0)
  })

  test('the address follows the scenario, so the address bar is a share link too', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&input_tokens=500')
    await unfold(page, 'Caching, batch and reasoning')
    await page.getByLabel('Batch share (%)').fill('40')
    await expect.poll(() => new URL(page.url()).searchParams.get('batch')).toBe('40')
    const monthly = await page.getByTestId('cost-monthly-total').textContent()
    await page.reload()
    await expect(page.getByTestId('cost-monthly-total')).toHaveText(monthly!)
  })

  test('a 50 KB prompt travels in the compressed fragment of a copied link and opens in Chromium', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const prompt = Array.from(
      { length: 2500 },
      (_, i) => `Line ${i}: the quick brown fox ${i % 7 === 0 ? '東京 🦊' : ''}`,
    ).join('\n')
    expect(prompt.length).toBeGreaterThan(50_000)
    await page.goto('./?models=gpt-4o-mini')
    await paste(page, 'prompt-input', prompt)
    await settled(page)
    const count = await page.getByTestId('token-count').textContent()
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByText('Link copied.')).toBeVisible()
    const url = await page.evaluate(() => navigator.clipboard.readText())
    expect(new URL(url).hash.length).toBeGreaterThan(10)
    expect(url.length).toBeLessThan(prompt.length / 3)
    const opened = await context.newPage()
    await opened.goto(url)
    // The editor lays out the lines on screen; the exact count shows the rest arrived too.
    const firstLine = opened.getByTestId('prompt-input').locator('.cm-line').first()
    await expect(firstLine).toHaveText('Line 0: the quick brown fox 東京 🦊')
    await settled(opened)
    expect(integerIn(count)).toBe(tiktokenCount('o200k_base', prompt))
    await expect(opened.getByTestId('token-count')).toHaveText(count!)
    // Reloading a shared link keeps its texts while they are unchanged.
    await opened.waitForTimeout(600)
    await opened.reload()
    await expect(firstLine).toHaveText('Line 0: the quick brown fox 東京 🦊')
    await settled(opened)
    await expect(opened.getByTestId('token-count')).toHaveText(count!)
  })

  test('a copied link edited by hand opens as it reads now, with everything else kept', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('./?models=gpt-4o-mini&max_tokens=300&batch=20')
    await paste(page, 'prompt-input', 'Plan a trip to 東京 <|endoftext|>')
    await settled(page)
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByText('Link copied.')).toBeVisible()
    const url = await page.evaluate(() => navigator.clipboard.readText())
    expect(url).toContain('volume=1000000')
    const opened = await context.newPage()
    await opened.goto(url.replace('volume=1000000', 'volume=250000'))
    await expect(opened.getByLabel('Requests per month')).toHaveValue('250000')
    await expectBoxText(opened, 'prompt-input', 'Plan a trip to 東京 <|endoftext|>')
    await expect(opened.getByLabel('Batch share (%)')).toHaveValue('20')
    await expect(opened.getByTestId('notices')).toHaveCount(0)
    await expect(opened.getByTestId('infos')).toContainText('changed after promptmeter made it')
  })

  test('a link made by the first share-link version (v1) still opens exactly', async ({ page }) => {
    await page.goto(`./${V1_LINK.search}${V1_LINK.hash}`)
    await expectBoxText(page, 'prompt-input', V1_PROMPT)
    await expect(page.getByLabel('Requests per month')).toHaveValue('2500000')
    await expect(page.getByLabel('Batch share (%)')).toHaveValue('30')
    await expect(page.getByLabel('Custom model name')).toHaveValue('Ours, "tuned"')
    await expect(page.getByTestId('share-custom')).toHaveValue('14.5')
    await expect(page.getByTestId('pricing-as-of')).toHaveValue('2025-06-30')
    await expect(page.getByTestId('notices')).toHaveCount(0)
  })

  test('a damaged fragment loses only its texts; a cut-off link opens with defaults; each says so', async ({
    page,
  }) => {
    await page.goto(`./${V1_LINK.search}${V1_LINK.hash.slice(0, -12)}`)
    await expect(page.getByTestId('notices')).toContainText('could not be opened')
    await expect(page.getByLabel('Requests per month')).toHaveValue('2500000')
    await expectBoxText(page, 'prompt-input', '')
    await page.goto(`./${V1_LINK.search.slice(0, 80)}`)
    await expect(page.getByTestId('notices')).toContainText('opened with defaults')
    await expect(page.getByTestId('cost-monthly-gpt-4o')).toBeVisible()
  })
})

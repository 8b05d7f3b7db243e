import { expect, test } from './fixtures.ts'
import { billedInput, chartInView, paste, settled, tiktokenCount, unfold } from './helpers.ts'

test.describe('the answer in view', () => {
  test('at 1280×800 the prompt, its count, the monthly total and each model’s monthly cost need no scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto('./')
    // A prompt of many lines: the box scrolls inside, and pushes nothing out of view.
    await paste(page, 'prompt-input', Array.from({ length: 80 }, (_, i) => `Line ${i} of a long prompt.`).join('\n'))
    await page.evaluate(() => window.scrollTo(0, 0))
    await settled(page)
    // The editor's frame (its editable element is as tall as the text, scrolled inside it).
    await expect(page.locator('.cm-editor', { has: page.getByTestId('prompt-input') })).toBeInViewport({ ratio: 1 })
    for (const id of ['token-count', 'summary-total', 'summary-monthly-gpt-4o-mini', 'summary-monthly-gpt-4o']) {
      await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 })
    }
  })

  test('at 375 px the summary stays in view while a lever far down is edited', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 })
    await page.goto('./?models=gpt-4o-mini&input_tokens=500&max_tokens=1000')
    await unfold(page, 'Caching, batch and reasoning')
    await page.getByLabel('Batch share (%)').fill('100')
    await expect(page.getByLabel('Batch share (%)')).toBeInViewport()
    // 675 a month at full price, half of it through batch at 50% off
    await expect(page.getByTestId('summary-total')).toHaveText('$337.50')
    await expect(page.getByTestId('summary-total')).toBeInViewport({ ratio: 1 })
  })

  test('near the prompt: its own tokens, the system message’s, and the billed input, each labelled', async ({
    page,
  }) => {
    await page.goto('./?models=gpt-4o-mini&system=Be%20brief.')
    await settled(page)
    await expect(page.getByTestId('token-count')).toHaveText('0')
    // "Be brief." is 3 tokens; billed: 3 + 1 (system) + 3 + 3 + 1 (user) + 0 + 3 = 14, as tiktoken counts
    expect(tiktokenCount('o200k_base', 'Be brief.')).toBe(3)
    expect(billedInput('o200k_base', 'Be brief.', '')).toBe(14)
    await expect(page.getByTestId('system-token-count')).toHaveText('3')
    await expect(page.getByTestId('billed-input-count')).toHaveText('14')
  })
})

test.describe('no number that misleads', () => {
  test('a request over the context window, or max_tokens over the maximum output, does not fit', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini,gpt-4.1&input_tokens=200000&max_tokens=1000')
    const costTable = page.getByRole('table', { name: 'Projected cost per model' })
    const mini = costTable.getByRole('row', { name: /GPT-4o mini/ })
    await expect(mini).toHaveAttribute('data-fits', 'false')
    await expect(page.getByTestId('fit-context-gpt-4o-mini')).toHaveText(
      'Does not fit: 200,000 input tokens exceed its 128,000-token context window',
    )
    await expect(costTable.getByRole('row', { name: /GPT-4\.1/ })).toHaveAttribute('data-fits', 'true')
    await expect(page.getByTestId('cost-total-misfits')).toHaveText('includes 1 model(s) whose request does not fit')
    await expect(await chartInView(page, 'monthly-cost-chart')).toContainText('gpt-4o-mini (does not fit)')
    await page.goto('./?models=gpt-4o-mini&input_tokens=500&max_tokens=200000')
    await expect(page.getByTestId('fit-max-output-gpt-4o-mini')).toHaveText(
      'Does not fit: max_tokens 200,000 exceeds its 16,384-token maximum output',
    )
  })

  test('expected output above max_tokens is priced at max_tokens, and says so', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&input_tokens=500&output=5000&max_tokens=100')
    await expect(page.getByText('Above max_tokens: a reply stops at 100, so it is priced at 100.')).toBeVisible()
    await expect(page.getByTestId('effect-max_tokens-gpt-4o-mini')).toContainText('capped at max_tokens (100)')
    // (500 × 0.15 + 100 × 0.6) / 1e6 = 0.000135, the same as every reply at max_tokens: no worse case
    await expect(page.getByTestId('cost-request-gpt-4o-mini')).toHaveText('$0.000135')
    await expect(page.getByTestId('cost-request-worst-gpt-4o-mini')).toHaveCount(0)
  })

  test('reasoning and output together stay within max_tokens: the worst case is never below', async ({ page }) => {
    await page.goto('./?models=o4-mini&input_tokens=1000&max_tokens=1000&reasoning=2000')
    // 1,000 reasoning billed at most: (1000 × 1.1 + 1000 × 4.4) / 1e6 = 0.0055
    await expect(page.getByTestId('cost-request-o4-mini')).toHaveText('$0.00550')
    await expect(page.getByTestId('cost-request-worst-o4-mini')).toHaveCount(0)
    await expect(page.getByTestId('effect-max_tokens-o4-mini')).toContainText('output and reasoning capped')
  })

  test('a lever with no effect says why, next to the model', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&system=You%20are%20a%20support%20agent.&prompt_cache=50&reasoning=200')
    await expect(page.getByTestId('effect-prompt_cache-gpt-4o-mini')).toContainText(
      'prefix is below this model’s 1,024-token caching minimum',
    )
    await expect(page.getByTestId('effect-reasoning-gpt-4o-mini')).toContainText('not a reasoning model')
  })

  test('a fresh page never says the levers add cost', async ({ page }) => {
    await page.goto('./')
    await settled(page)
    await expect(page.getByTestId('savings-baseline')).toContainText('Baseline: all traffic on gpt-4o')
    await expect(page.getByTestId('cost-summary')).not.toContainText('add')
  })

  test('a tiny percent shows in plain decimal, and the address it makes opens without a notice', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&input_tokens=500')
    await unfold(page, 'Caching, batch and reasoning')
    await page.getByLabel('Batch share (%)').fill('0.0000001')
    await page.getByLabel('Batch share (%)').blur()
    await expect(page.getByLabel('Batch share (%)')).toHaveValue('0.0000001')
    await expect.poll(() => new URL(page.url()).searchParams.get('batch')).toBe('0.0000001')
    await page.reload()
    await expect(page.getByLabel('Batch share (%)')).toHaveValue('0.0000001')
    await expect(page.getByTestId('notices')).toHaveCount(0)
    await expect(page.getByTestId('infos')).toHaveCount(0)
  })
})

test('an estimated count and every cost from it show the range the published measurements allow', async ({ page }) => {
  // The fixture's claude-sonnet-4-6 ($3/$15) is counted as o200k_base × 1.16–1.30. The prompt is
  // 93 o200k tokens, 100 billed with the chat overhead: 116–130 billed tokens, so a request with
  // 200 output tokens costs (116 × 3 + 200 × 15) / 1e6 = $0.003348 to (130 × 3 + 3,000) / 1e6 = $0.00339.
  await page.goto('./?models=claude-sonnet-4-6&max_tokens=1000&output=200&volume=1000')
  await page.getByLabel('User prompt').fill(`word${' word'.repeat(92)}`)
  await expect(page.getByTestId('token-count')).toHaveText('93')
  await expect(page.getByTestId('estimate-range')).toContainText('≈ 107–121 tokens (o200k_base × 1.16–1.3')
  await expect(page.getByTestId('input-tokens-claude-sonnet-4-6')).toHaveText('≈ 116–130')
  // (a request's cost is shown to three significant digits)
  await expect(page.getByTestId('cost-request-claude-sonnet-4-6')).toHaveText('≈ $0.00335–$0.00339')
  // × 1,000 requests: $3.348–$3.39, in cents
  await expect(page.getByTestId('cost-monthly-claude-sonnet-4-6')).toHaveText('≈ $3.35–$3.39')
  await expect(page.getByTestId('summary-total')).toHaveText('≈ $3.35–$3.39')
  await expect(page.getByTestId('compare-monthly-claude-sonnet-4-6')).toHaveText('≈ $3.35–$3.39')
})

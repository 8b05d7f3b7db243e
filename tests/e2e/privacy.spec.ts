import { expect, test } from '@playwright/test'
import { paste, settled } from './helpers.ts'

test('the prompt never leaves the browser', async ({ page, baseURL }) => {
  const secret = 'TOP-SECRET-PROMPT-7c1e9a'
  const requests: { url: string; body: string }[] = []
  page.on('request', (request) => requests.push({ url: request.url(), body: request.postData() ?? '' }))
  await page.goto('./')
  await settled(page)
  await paste(page, 'system-input', `${secret} system`)
  await page.getByLabel('User prompt').fill(`${secret} user`)
  await page.getByLabel('Add a model').selectOption('gpt-3.5-turbo')
  await settled(page)
  await expect(page.getByTestId('input-tokens-gpt-3.5-turbo')).toBeVisible()
  // Exports are made in the page: the JSON holds the prompt, and none of them is uploaded.
  for (const name of ['Export table (CSV)', 'Export scenario (JSON)', 'Save monthly-cost-by-component chart as PNG']) {
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()])
  }

  // The address follows the scenario with the texts in its fragment, so a reload sends none.
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#z=/)
  expect(decodeURIComponent(new URL(page.url()).search)).not.toContain(secret)
  await page.reload()
  await expect(page.getByTestId('prompt-input')).toHaveValue(`${secret} user`)

  expect(requests.length).toBeGreaterThan(0)
  const origin = new URL(baseURL!).origin
  for (const { url, body } of requests) {
    expect(url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'), url).toBe(true)
    expect(decodeURIComponent(url)).not.toContain(secret)
    expect(body).not.toContain(secret)
  }
})

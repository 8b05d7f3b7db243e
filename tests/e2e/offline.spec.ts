import { expect, test } from './fixtures.ts'
import { chartInView, settled, tiktokenCount } from './helpers.ts'

test.describe('offline after the first visit', () => {
  test.use({ serviceWorkers: 'allow' })

  test('load, go offline, reload: the page counts and prices a prompt', async ({ page, context }) => {
    test.setTimeout(120_000)
    await page.goto('./?models=gpt-4o-mini,gpt-3.5-turbo&input_tokens=500&max_tokens=1000')
    await settled(page)
    // Wait until the service worker has cached everything and controls the page.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve))
      }
      return registration.active?.state
    })
    // An open vocabulary used once, while the service worker controls the page, is cached too.
    await page.goto('./?models=together/meta-llama-3.1-8b-instruct-turbo')
    await settled(page)
    await page.goto('./?models=gpt-4o-mini,gpt-3.5-turbo&input_tokens=500&max_tokens=1000')
    await context.setOffline(true)
    await page.reload()
    const prompt = 'Offline, still exact: 東京 🦊 <|endoftext|>'
    await page.getByLabel('User prompt').fill(prompt)
    await expect(page.getByTestId('token-count')).toHaveText(String(tiktokenCount('o200k_base', prompt)))
    // (500 × 0.15 + 1000 × 0.6) / 1e6 = 0.000675 — and cl100k_base, loaded for the first time offline
    await expect(page.getByTestId('cost-request-gpt-4o-mini')).toHaveText('$0.000675')
    await expect(page.getByTestId('cost-request-gpt-3.5-turbo')).toHaveText('$0.00175')
    await expect(await chartInView(page, 'monthly-cost-chart')).toBeVisible()
    await page.goto('./?models=together/meta-llama-3.1-8b-instruct-turbo')
    await page.getByLabel('User prompt').fill('Hi there')
    await expect(page.getByTestId('token-counter')).toHaveText('Llama 3 vocabulary, exact')
    // As the reference library counts it (tests/unit/tokenize/vocabularies.test.ts).
    await expect(page.getByTestId('token-count')).toHaveText('2')
    await context.setOffline(false)
  })
})

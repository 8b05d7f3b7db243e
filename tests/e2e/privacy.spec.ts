import { inflateRawSync } from 'node:zlib'
import { expect, test } from './fixtures.ts'
import { addModel, expectBoxText, paste, settled, unfold } from './helpers.ts'

/** An address with its `#z=` fragment inflated, so text hidden there is found too. */
function readable(address: string): string {
  const hash = new URL(address).hash
  const inflated = hash.startsWith('#z=')
    ? inflateRawSync(Buffer.from(hash.slice(3).replaceAll('-', '+').replaceAll('_', '/'), 'base64')).toString('utf8')
    : ''
  return `${decodeURIComponent(address)} ${inflated}`
}

test('the prompt never leaves the browser, and enters an address only in the link the person asks for', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const secret = 'TOP-SECRET-PROMPT-7c1e9a'
  const requests: { url: string; body: string }[] = []
  page.on('request', (request) => requests.push({ url: request.url(), body: request.postData() ?? '' }))
  // Every address the page takes, however briefly: history entries are what browsers sync.
  await page.addInitScript(() => {
    const seen = [location.href]
    Object.assign(window, { addresses: seen })
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history)
      history[method] = (...args: Parameters<History['pushState']>) => {
        original(...args)
        seen.push(location.href)
      }
    }
  })
  const addresses = () => page.evaluate(() => (window as unknown as { addresses: string[] }).addresses)

  await page.goto('./')
  await settled(page)
  await paste(page, 'system-input', `${secret} system`)
  await page.getByLabel('User prompt').fill(`${secret} user`)
  await addModel(page, 'gpt-3.5-turbo')
  await unfold(page, 'Caching, batch and reasoning')
  await page.getByLabel('Batch share (%)').fill('40')
  await settled(page)
  await expect(page.getByTestId('input-tokens-gpt-3.5-turbo')).toBeVisible()
  // Exports are made in the page: the JSON holds the prompt, and none of them is uploaded.
  for (const name of ['Export table (CSV)', 'Export scenario (JSON)', 'Save monthly-cost-by-component chart as PNG']) {
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()])
  }

  // The address follows the levers, but it has never held the texts, in any form.
  await expect.poll(() => new URL(page.url()).searchParams.get('batch')).toBe('40')
  expect(new URL(page.url()).searchParams.get('models')).toBe('gpt-4o-mini,gpt-4o,gpt-3.5-turbo')
  for (const address of await addresses()) expect(readable(address)).not.toContain(secret)

  // Asked for, a link carries them (compressed, in the fragment); the address still does not.
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByText('Link copied.')).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(decodeURIComponent(link.slice(0, link.indexOf('#')))).not.toContain(secret)
  expect(readable(link)).toContain(`${secret} user`)
  await page.waitForTimeout(500)
  for (const address of await addresses()) expect(readable(address)).not.toContain(secret)

  // A reload keeps the levers, which the address holds, and not the texts, which it never did.
  await page.reload()
  await expect(page.getByLabel('Batch share (%)')).toHaveValue('40')
  await expectBoxText(page, 'prompt-input', '')

  expect(requests.length).toBeGreaterThan(0)
  const origin = new URL(baseURL!).origin
  for (const { url, body } of requests) {
    expect(url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'), url).toBe(true)
    expect(decodeURIComponent(url)).not.toContain(secret)
    expect(body).not.toContain(secret)
  }
})

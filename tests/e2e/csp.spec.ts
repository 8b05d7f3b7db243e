import { expect, test } from './fixtures.ts'
import { settled } from './helpers.ts'

test('the built page carries a Content-Security-Policy of its own origin only, and reports what it blocks', async ({
  page,
}) => {
  await page.goto('./')
  await settled(page)
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(policy).toContain("script-src 'self'")
  expect(policy).toContain("connect-src 'self'")
  expect(policy).toContain("worker-src 'self'")
  // An inline script is refused, and the refusal is seen by the check every test runs.
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.ranInline = true'
    document.head.append(script)
  })
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.length))
    .toBe(1)
  expect(await page.evaluate(() => 'ranInline' in window)).toBe(false)
  // Seen; cleared so that this test's own check passes.
  await page.evaluate(() => ((window as unknown as { cspViolations: string[] }).cspViolations.length = 0))
})

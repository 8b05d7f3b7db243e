import { expect, test } from './fixtures.ts'
import { paste, settled } from './helpers.ts'
import { tiktokenIds } from '../unit/tiktoken-oracle.ts'

/** The token view's segments: their text and their ids, in order. */
async function segmentsOf(page: import('@playwright/test').Page) {
  const view = page.getByTestId('token-view')
  await expect(view).toHaveAttribute('aria-busy', 'false')
  return view
    .locator('[data-token-ids]')
    .evaluateAll((spans) =>
      spans.map((span) => ({ text: span.textContent ?? '', ids: span.getAttribute('data-token-ids') ?? '' })),
    )
}

test('the token view shows tiktoken’s tokens, a split character as one partial segment, ids as text on demand, the window the editor shows', async ({
  page,
}) => {
  await page.goto('./?models=gpt-4o-mini')
  // ZWJ emoji, flags, CJK, combining marks, a special-token string typed as text, line breaks.
  const text = 'Hi 👩‍👩‍👧‍👦 🇯🇵 東京タワー e\u0301 Z̤͔ͧ̑ <|endoftext|>\n\n\tdone 🦊'
  await paste(page, 'prompt-input', text)
  await settled(page)

  let segments = await segmentsOf(page)
  expect(segments.map((s) => s.text).join('')).toBe(text)
  expect(segments.flatMap((s) => s.ids.split(' ').map(Number))).toEqual(tiktokenIds('o200k_base', text))
  // 🦊 is split over tokens: one segment, every id listed, marked partial.
  const fox = page.getByTestId('token-view').locator('[data-token-ids]').last()
  await expect(fox).toHaveText('🦊')
  await expect(fox).toHaveAttribute('data-partial', 'true')
  expect(segments.at(-1)!.ids.split(' ').length).toBeGreaterThan(1)

  // Another encoding cuts the text as it does.
  await page.getByLabel('Token view encoding').selectOption('cl100k_base')
  await expect(page.getByTestId('token-view').locator('[data-token-ids]').first()).toHaveAttribute(
    'data-token-ids',
    String(tiktokenIds('cl100k_base', text)[0]),
  )
  segments = await segmentsOf(page)
  expect(segments.flatMap((s) => s.ids.split(' ').map(Number))).toEqual(tiktokenIds('cl100k_base', text))

  // Ids as text: copyable, outside the segments, so the segments stay the text.
  await page.getByLabel('Ids as text').check()
  await expect(page.getByTestId('token-view')).toContainText(segments[0]!.ids)
  expect((await segmentsOf(page)).map((s) => s.text).join('')).toBe(text)
  // Colours off: no segment has a background.
  await page.getByLabel('Colours').uncheck()
  await expect(page.getByTestId('token-view').locator('[data-token-ids][class*="bg-"]')).toHaveCount(0)

  // A long prompt is shown a window at a time, each window tokenised as in the whole text.
  const long = Array.from({ length: 150 }, (_, i) => `Sentence ${i} of the quick brown fox. `).join('')
  const total = long.length.toLocaleString('en-US')
  await paste(page, 'prompt-input', long)
  await expect(page.getByText(`Characters 1–2,000 of ${total}`)).toBeVisible()
  await page.getByRole('button', { name: 'Later' }).click()
  await expect(page.getByText(`Characters 2,001–4,000 of ${total}`)).toBeVisible()
  const later = (await segmentsOf(page)).map((s) => s.text).join('')
  const at = long.indexOf(later)
  expect(at).toBeLessThanOrEqual(2_000)
  expect(at + later.length).toBeGreaterThanOrEqual(4_000)

  // The window follows the editor's scroll: at the end of 300 lines, it shows the end.
  const lines = Array.from({ length: 300 }, (_, i) => `Line ${i}: the quick brown fox.\n`).join('')
  const lineTotal = lines.length.toLocaleString('en-US')
  const box = page.getByTestId('prompt-input')
  await paste(page, 'prompt-input', lines)
  await box.press('ControlOrMeta+End')
  await expect(page.getByText(new RegExp(`^Characters [\\d,]+–${lineTotal} of ${lineTotal}$`))).toBeVisible()
  const end = await segmentsOf(page)
  // The editor shows the last few lines: the window runs from the first of them to the end, and
  // its ids are the whole text's own there.
  const shown = end.map((s) => s.text).join('')
  expect(lines.endsWith(shown)).toBe(true)
  expect(shown.length).toBeLessThan(2_000)
  const shownIds = end.flatMap((s) => s.ids.split(' ').map(Number))
  // (The view was switched to cl100k_base above.)
  const ids = tiktokenIds('cl100k_base', lines)
  expect(shownIds).toEqual(ids.slice(ids.length - shownIds.length))
  await box.press('ControlOrMeta+Home')
  await expect(page.getByText(`Characters 1–2,000 of ${lineTotal}`)).toBeVisible()
})

test('the token view keeps its last window, marked busy, until the next one arrives', async ({ page }) => {
  await page.goto('./?models=gpt-4o-mini')
  await paste(page, 'prompt-input', 'Hello world')
  await settled(page)
  expect((await segmentsOf(page)).map((s) => s.text)).toEqual(['Hello', ' world'])

  // 3.5 MB of words that seldom repeat take the worker 100–150 ms to count (the same sentence
  // repeated would take 30 ms, about two frames); two frames after the paste the page has drawn
  // it, and the view still shows the tokens it had, as busy. (Cleared at once, it was laid out
  // and painted beside every paste's count.)
  const big = Array.from({ length: 500_000 }, (_, i) => ((i * 2_654_435_761) % 1e9).toString(36)).join(' ')
  await page.getByTestId('prompt-input').press('ControlOrMeta+a')
  const during = await page.getByTestId('prompt-input').evaluate(async (box, text) => {
    const data = new DataTransfer()
    data.setData('text/plain', text)
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)))
    const view = document.querySelector('[data-testid="token-view"]')!
    const segments = [...view.querySelectorAll('[data-token-ids]')].map((span) => span.textContent)
    return { busy: view.getAttribute('aria-busy'), segments }
  }, big)
  expect(during).toEqual({ busy: 'true', segments: ['Hello', ' world'] })

  await settled(page)
  const shown = (await segmentsOf(page)).map((s) => s.text).join('')
  expect(big.startsWith(shown)).toBe(true)
  expect(shown.length).toBeGreaterThanOrEqual(2_000)
})

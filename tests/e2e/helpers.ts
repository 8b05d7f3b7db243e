import { expect, type Locator, type Page } from '@playwright/test'
import { tiktokenCount } from '../unit/tiktoken-oracle.ts'

/**
 * Replaces a box's text as a person does: select all, paste (a ClipboardEvent, which the editor
 * handles as a real one). Waits for the editor, which loads after the first paint. Playwright's
 * fill() types long non-ASCII text far too slowly.
 */
export async function paste(page: Page, testId: string, text: string): Promise<void> {
  const box = page.getByTestId(testId)
  await expect(box).toHaveAttribute('contenteditable', 'true')
  await box.focus()
  await box.press('ControlOrMeta+a')
  await pasteAsClipboard(page, testId, text)
}

/** A paste at the caret, as a ClipboardEvent: the editor, or the plain box before it, inserts it. */
export async function pasteAsClipboard(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).evaluate((el, value) => {
    const data = new DataTransfer()
    data.setData('text/plain', value)
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, text)
}

/**
 * The text a box holds: the editor's document, or the plain box's value before the editor has
 * loaded. The editor draws only the lines near the screen (a 41-line text had 18 drawn), so its
 * document is read from the view CodeMirror keeps on its content element (`cmTile`, as its own
 * `EditorView.findFromDOM` does; the page has no handle on the module).
 */
export async function expectBoxText(page: Page, testId: string, text: string): Promise<void> {
  await expect
    .poll(() =>
      page.getByTestId(testId).evaluate((el) => {
        if (el instanceof HTMLTextAreaElement) return el.value
        const view = (el as { cmTile?: { root?: { view?: { state: { doc: { toString(): string } } } } } }).cmTile?.root
          ?.view
        if (!view) throw new Error('No CodeMirror view on the editor: has @codemirror/view changed how it keeps it?')
        return view.state.doc.toString()
      }),
    )
    .toBe(text)
}

/**
 * Waits until the counts on the page belong to the current text. The first count of a page
 * loads a megabyte-sized rank table: seconds on a busy 2-core machine.
 */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByTestId('token-count')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 })
  // The costs follow the count a render later (counts-context.tsx), busy until then.
  await expect(
    page.locator('[data-testid="cost-table"][aria-busy="true"], section[aria-label="Cost summary"][aria-busy="true"]'),
  ).toHaveCount(0)
}

export { tiktokenCount }

/** Billed input for a system + user request, per the cookbook's overhead rule. */
export function billedInput(encoding: 'o200k_base' | 'cl100k_base', system: string, user: string): number {
  const t = (s: string) => tiktokenCount(encoding, s)
  const systemPart = system === '' ? 0 : 3 + t('system') + t(system)
  return systemPart + 3 + t('user') + t(user) + 3
}

/** "12,345" → 12345 */
export const integerIn = (text: string | null) => Number((text ?? '').replace(/[^0-9]/g, ''))

/** Adds a model to the mix as a person does: types in the "Add a model" box and picks it. */
export async function addModel(page: Page, id: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Add a model' }).fill(id)
  await page
    .getByRole('option', { name: `(${id})`, exact: false })
    .first()
    .click()
}

/** Opens a folded group of levers ("Caching, batch and reasoning", "Images") if it is folded. */
export async function unfold(page: Page, title: string): Promise<void> {
  const group = page.locator('details', { has: page.getByText(title, { exact: true }) })
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click()
  await expect(group).toHaveAttribute('open', '')
}

/**
 * The charts' box, scrolled into view as a person scrolls to it: the charts are drawn only once
 * they come near the screen (costs-panel.tsx), one after another.
 */
export async function chartsInView(page: Page): Promise<Locator> {
  const charts = page.getByTestId('charts')
  await charts.scrollIntoViewIfNeeded()
  return charts
}

/**
 * A chart, scrolled into view as a person reads it. Below the fold the charts are not laid out
 * (`content-visibility: auto`): a chart drawn while skipped could measure no size and draw
 * nothing until it came into view (seen in 5 of 24 loads under load).
 */
export async function chartInView(page: Page, testId: string): Promise<Locator> {
  await chartsInView(page)
  const chart = page.getByTestId(testId)
  await chart.scrollIntoViewIfNeeded()
  return chart
}

/**
 * The token marks an editor shows (`[title^="Token"]` spans), each its text and its hover title,
 * and the ids those titles name ("Token id 13", "Token ids 9 10: one character split…").
 */
export async function editorSegments(box: Locator): Promise<{ text: string; title: string; ids: number[] }[]> {
  const spans = await box
    .locator('[title^="Token"]')
    .evaluateAll((marks) =>
      marks.map((span) => ({ text: span.textContent ?? '', title: span.getAttribute('title') ?? '' })),
    )
  return spans.map((s) => ({ ...s, ids: (/^Token ids? ([\d ]+)/.exec(s.title)?.[1] ?? '').split(' ').map(Number) }))
}

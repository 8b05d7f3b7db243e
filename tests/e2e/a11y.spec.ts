import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { PENDING_SHOWN_CLASS } from '../../src/ui/hooks/pending-shown.ts'
import { chartInView, settled } from './helpers.ts'

/**
 * axe's violations on the page, or within `include` only (a part opened over a page that its own
 * test checks whole: a full pass over the page takes axe 10–20 s here); `exclude` leaves out parts
 * checked elsewhere (the widget preview).
 */
async function violations(page: Page, { include, exclude }: { include?: string[]; exclude?: string } = {}) {
  let builder = new AxeBuilder({ page })
  for (const selector of include ?? []) builder = builder.include(selector)
  if (exclude) builder = builder.exclude(exclude)
  const results = await builder.analyze()
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.length,
    first: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n')[1] ?? ''}`),
  }))
}

/**
 * Checks the page as it is, light and then dark: the page follows the system's scheme as it
 * changes (apply-theme.ts), so one load serves both (a load and its set-up took 5–8 s of each
 * test on our two cores).
 */
async function violationsLightAndDark(page: Page, options?: Parameters<typeof violations>[1]) {
  const found: Record<string, Awaited<ReturnType<typeof violations>>> = {}
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
    found[colorScheme] = await violations(page, options)
  }
  return found
}

const NONE = { light: [], dark: [] }

test.describe('no accessibility violations, light and dark', () => {
  test.use({ colorScheme: 'light' })

  test('the page', async ({ page }) => {
    // A conversation with routing and measured speed: their groups, lines and charts open too.
    await page.goto(
      './?models=gpt-4o-mini,o4-mini,claude-haiku-4-5&system=Be%20brief.&prompt=Hi&prompt_cache=50&reasoning=100&output=5000&turns=3&escalation=10&latency=gpt-4o-mini:300-600:60-110',
    )
    // The request's other parts, with a message and a tools box that does not read.
    await page.getByText('Messages, tools and response format').click()
    await page.getByRole('button', { name: 'Add message' }).click()
    await page.getByLabel('Message 1 content').fill('An earlier answer')
    await page.getByTestId('tools-input').fill('[{')
    await settled(page)
    await expect(await chartInView(page, 'conversation-cost-chart')).toBeVisible()
    await expect(await chartInView(page, 'monthly-cost-chart')).toBeVisible()
    // The editors, with their token colours, are checked too.
    await expect(page.getByTestId('prompt-input').locator('[title^="Token"]').first()).toBeVisible()
    // The comparison's rows are alike: a few of them say as much as a hundred (which take
    // axe two thirds of its time over the page).
    await page.getByRole('searchbox', { name: 'Search the comparison' }).fill('gpt-4o')
    await page.getByTestId('compare-table').scrollIntoViewIfNeeded()
    expect(await page.getByTestId('compare-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(2)
    expect(await violationsLightAndDark(page)).toEqual(NONE)
  })

  test('the widget', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini,gpt-4o&embed=1&controls=system,mix,volume,batch,images')
    await settled(page)
    await expect(page.getByTestId('monthly-cost-chart')).toBeVisible()
    expect(await violationsLightAndDark(page)).toEqual(NONE)
  })

  test('the embed dialog and the model picker', async ({ page }) => {
    await page.goto('./')
    await settled(page)
    await page.getByRole('combobox', { name: 'Add a model' }).fill('gpt')
    await expect(page.getByRole('listbox')).toBeVisible()
    // The picker (the page around it is checked above).
    expect(await violationsLightAndDark(page, { include: ['[role="combobox"]', '[role="listbox"]'] })).toEqual(NONE)
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Embed' }).click()
    await expect(page.getByTestId('embed-snippet')).toHaveValue(/iframe/)
    // The dialog; its preview is the widget, which its own test checks.
    expect(
      await violationsLightAndDark(page, { include: ['dialog[open]'], exclude: '[data-testid="embed-preview"]' }),
    ).toEqual(NONE)
  })

  test('the charts’ labels and legends read at 4.5:1 or more, light and dark', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini,gpt-4o&mix=80,20&input_tokens=500&max_tokens=1000&response_cache=25')
    await settled(page)
    await chartInView(page, 'price-history-chart')
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
      // axe does not check text in SVG: each label's colour against the page's background.
      const low = await page.getByTestId('charts').evaluate((charts) => {
        // Any CSS colour (Tailwind's are lab()) as sRGB, by painting a pixel with it.
        const probe = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!
        const rgb = (css: string) => {
          probe.clearRect(0, 0, 1, 1)
          probe.fillStyle = css
          probe.fillRect(0, 0, 1, 1)
          return [...probe.getImageData(0, 0, 1, 1).data]
        }
        const luminance = (css: string) => {
          const [r, g, b] = rgb(css).map((c) => {
            const v = c / 255
            return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
          })
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
        }
        const body = getComputedStyle(document.body).backgroundColor
        const page = rgb(body)[3] === 0 ? 'rgb(255, 255, 255)' : body
        const ratio = (text: string) => {
          const [a, b] = [luminance(text), luminance(page)].sort((x, y) => y - x)
          return (a! + 0.05) / (b! + 0.05)
        }
        const labels = [
          ...[...charts.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((el) => getComputedStyle(el).fill),
          ...[...charts.querySelectorAll('.recharts-legend-item-text')].map((el) => getComputedStyle(el).color),
        ]
        return { labels: labels.length, low: labels.filter((colour) => ratio(colour) < 4.5) }
      })
      expect(low.labels, colorScheme).toBeGreaterThan(20)
      expect(low.low, colorScheme).toEqual([])
    }
  })

  test('the figures drawn muted while a count is under way', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini,gemini-2.5-flash&system=Be%20brief.&prompt=Hello%20world')
    await settled(page)
    await page.getByRole('searchbox', { name: 'Search the comparison' }).fill('gemini-2.5')
    // The worker held (from here, on its own thread: a synchronous request this test answers
    // at its end): the next key's count waits, and after a moment the figures it changes are
    // drawn muted. (Held by a busy loop instead, it took a core from the other tests.)
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/hold-the-worker', async (route) => {
      await released
      await route.fulfill({ body: '' })
    })
    const worker = page.workers().find((w) => w.url().includes('tokenizer.worker'))!
    const held = worker
      .evaluate(() => {
        const request = new XMLHttpRequest()
        request.open('GET', '/hold-the-worker', false)
        request.send()
      })
      .catch(() => {})
    await page.getByTestId('prompt-input').click()
    await page.keyboard.type(' again')
    const muted = page.locator(`.${PENDING_SHOWN_CLASS}`)
    await expect(muted.first()).toBeVisible()
    // The count, its lines, the summary, the cost table (its badges among them) and the comparison.
    expect(await muted.count()).toBeGreaterThanOrEqual(5)
    await page.getByTestId('compare-table').scrollIntoViewIfNeeded()
    await expect(page.getByTestId('token-count')).toHaveAttribute('aria-busy', 'true')
    expect(await violationsLightAndDark(page, { include: [`.${PENDING_SHOWN_CLASS}`] })).toEqual(NONE)
    // Still muted as axe finished: it checked the figures as they wait.
    await expect(page.getByTestId('token-count')).toHaveAttribute('aria-busy', 'true')
    release()
    await held
    await settled(page)
  })
})

import { expect, test } from './fixtures.ts'
import { chartInView, settled } from './helpers.ts'

const SIX = 'gpt-4o-mini,gpt-4o,gpt-4.1,gpt-4.1-mini,o4-mini,claude-haiku-4-5'

test.describe('readable everywhere', () => {
  for (const [name, query] of [
    ['the page', `?models=${SIX}&input_tokens=500`],
    ['the widget', `?models=${SIX}&input_tokens=500&embed=1&controls=system,mix,volume,batch,images`],
  ]) {
    test(`at 375 px nothing of ${name} scrolls sideways`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 })
      await page.goto(`./${query}`)
      await expect(page.getByTestId('cost-monthly-total')).toBeVisible()
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }))
      expect(scroll).toBeLessThanOrEqual(client)
    })
  }

  test('at 375 px the cost table scrolls sideways in its box, its model column readable, and no chart’s labels run into each other', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 })
    // Every lever in play: the savings chart names seven of them.
    await page.goto(
      './?models=gpt-4o-mini,gpt-4o&mix=80,20&input_tokens=500&max_tokens=1000&output=200&response_cache=25&batch=50&escalation=10&prompt_cache=50&prefix_tokens=100',
    )
    await settled(page)
    const name = page.getByTestId('cost-table').getByRole('rowheader', { name: /^GPT-4o mini/ })
    // 11rem: squeezed to fit, the column was 50–120 px wide, its prices a word a line.
    expect((await name.boundingBox())!.width).toBeGreaterThanOrEqual(176)
    const box = await page
      .getByTestId('cost-table')
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
    expect(box.scroll).toBeGreaterThan(box.client)
    for (const chart of ['monthly-cost-chart', 'volume-cost-chart', 'lever-savings-chart', 'price-history-chart']) {
      const overlaps = await (
        await chartInView(page, chart)
      ).evaluate((figure) => {
        const found: string[] = []
        // Each axis's labels (recharts draws them in a layer of their own, apart from the axis).
        for (const axis of figure.querySelectorAll('.recharts-xAxis-tick-labels, .recharts-yAxis-tick-labels')) {
          const labels = [...axis.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((text) => ({
            text: text.textContent ?? '',
            box: text.getBoundingClientRect(),
          }))
          for (const [i, a] of labels.entries())
            for (const b of labels.slice(i + 1))
              if (
                a.box.left < b.box.right - 1 &&
                b.box.left < a.box.right - 1 &&
                a.box.top < b.box.bottom - 1 &&
                b.box.top < a.box.bottom - 1
              )
                found.push(`${a.text} / ${b.text}`)
        }
        return found
      })
      expect(overlaps, chart).toEqual([])
    }
  })

  test('every compared model is labelled in the monthly chart', async ({ page }) => {
    await page.goto(`./?models=${SIX}&input_tokens=500`)
    const labels = (await chartInView(page, 'monthly-cost-chart')).locator(
      '.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value',
    )
    await expect(labels).toHaveCount(6)
  })

  // Not part of `npm test` (it asserts nothing a person does not see): `npm run screenshots`.
  test('screenshots at 375 and 1280 px, light and dark, saved with the test results @screenshots', async ({
    page,
  }, testInfo) => {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 800 })
        await page.emulateMedia({ colorScheme })
        await page.goto('./?system=Be%20brief.&prompt=Summarise%20the%20ticket%20below.')
        await settled(page)
        await expect(await chartInView(page, 'monthly-cost-chart')).toBeVisible()
        // The whole page at once: the parts the browser skips while off screen (styles.css,
        // .offscreen-lazy) would be blank beyond the viewport.
        await page.addStyleTag({ content: '.offscreen-lazy { content-visibility: visible }' })
        await page.screenshot({ path: testInfo.outputPath(`page-${width}-${colorScheme}.png`), fullPage: true })
      }
    }
  })
})

test('rarely used levers fold away, saying their values in one line, and open when a link sets one', async ({
  page,
}) => {
  await page.goto('./')
  const caching = page.locator('details', { has: page.getByText('Caching, batch and reasoning', { exact: true }) })
  await expect(caching).not.toHaveAttribute('open', '')
  await expect(page.getByLabel('Batch share (%)')).toBeHidden()
  await expect(page.getByTestId('caching-summary')).toHaveText(
    'prefix tokens: system message · prompt cache 0% · batch 0% · reasoning 0',
  )
  await expect(page.getByTestId('images-summary')).toHaveText('images 0 · image size 1024×1024 · image detail high')
  await page.goto('./?batch=30')
  await expect(caching).toHaveAttribute('open', '')
  await expect(page.getByTestId('caching-summary')).toContainText('batch 30%')
  // Set back to its default, the group stays open under the person's hands.
  await page.getByLabel('Batch share (%)').fill('0')
  await expect(page.getByTestId('caching-summary')).toContainText('batch 0%')
  await expect(caching).toHaveAttribute('open', '')
})

import { expect, test } from './fixtures.ts'
import { PENDING_SHOWN_AFTER_MS, PENDING_SHOWN_CLASS } from '../../src/ui/hooks/pending-shown.ts'
import {
  addModel,
  billedInput,
  chartInView,
  integerIn,
  paste,
  pasteAsClipboard,
  settled,
  tiktokenCount,
} from './helpers.ts'

test.describe('the calculator', () => {
  test('counts a typed prompt exactly as tiktoken does', async ({ page }) => {
    await page.goto('./')
    await settled(page)
    // Every state the count, the cost table and the summary pass through: while the new count is
    // on its way they say so (aria-busy), so `settled` waits for something that really happens.
    await page.evaluate(() => {
      const seen: Record<string, string[]> = {}
      ;(window as unknown as { busySeen: typeof seen }).busySeen = seen
      for (const el of document.querySelectorAll(
        '[data-testid="token-count"], [data-testid="cost-table"], section[aria-label="Cost summary"]',
      )) {
        const key = el.getAttribute('data-testid') ?? 'summary'
        seen[key] = []
        new MutationObserver(() => seen[key]!.push(el.getAttribute('aria-busy') ?? '')).observe(el, {
          attributeFilter: ['aria-busy'],
        })
      }
    })
    const prompt = 'Translate to French: the quick brown fox 🦊 jumps over the lazy dog.'
    await page.getByLabel('User prompt').fill(prompt)
    await settled(page)
    const expected = tiktokenCount('o200k_base', prompt)
    await expect(page.getByTestId('token-count')).toHaveText(String(expected))
    await expect(page.getByTestId('input-tokens-gpt-4o-mini')).toHaveText(String(billedInput('o200k_base', '', prompt)))
    const seen = await page.evaluate(() => (window as unknown as { busySeen: Record<string, string[]> }).busySeen)
    expect(seen).toEqual({
      'token-count': expect.arrayContaining(['true', 'false']),
      'cost-table': expect.arrayContaining(['true', 'false']),
      summary: expect.arrayContaining(['true', 'false']),
    })
  })

  test('a keystroke’s count and costs are busy at once but drawn as updating only if it takes longer', async ({
    page,
  }) => {
    await page.goto('./?models=gpt-4o-mini')
    await page.getByTestId('prompt-input').click()
    await page.keyboard.type('Hello')
    await settled(page)
    // Each change of the count's busy state, and each time a figure is drawn as updating (dimmed,
    // or "updating…"), with the time since: how long a count takes depends on the machine.
    await page.evaluate((dimClass) => {
      const count = document.querySelector('[data-testid="token-count"]')!
      const seen = { busy: [count.getAttribute('aria-busy') ?? ''], busySince: 0, shownAfterMs: [] as number[] }
      Object.assign(window, { pendingSeen: seen })
      new MutationObserver(() => {
        const busy = count.getAttribute('aria-busy') ?? ''
        if (busy !== seen.busy.at(-1)) {
          seen.busy.push(busy)
          if (busy === 'true') seen.busySince = performance.now()
        }
        if (document.querySelector(`.${dimClass}`) || count.parentElement!.textContent!.includes('updating…')) {
          seen.shownAfterMs.push(performance.now() - seen.busySince)
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
    }, PENDING_SHOWN_CLASS)
    for (const key of ' world') {
      await page.keyboard.type(key)
      await settled(page)
    }
    await expect(page.getByTestId('token-count')).toHaveText(String(tiktokenCount('o200k_base', 'Hello world')))
    const seen = await page.evaluate(
      () => (window as unknown as { pendingSeen: { busy: string[]; shownAfterMs: number[] } }).pendingSeen,
    )
    // Every key made the count busy, then current again.
    expect(seen.busy.join(' ')).toBe(`false${' true false'.repeat(6)}`)
    // Never drawn as updating sooner than PENDING_SHOWN_AFTER_MS into a count (a loaded machine
    // may take that long; then it is drawn so).
    for (const ms of seen.shownAfterMs) expect(ms).toBeGreaterThanOrEqual(PENDING_SHOWN_AFTER_MS)
  })

  test('bills system + user with chat overhead, per model encoding', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini,gpt-3.5-turbo')
    const system = 'You are a helpful, pattern-following assistant. 日本語で答えてください。'
    const user = 'お誕生日おめでとう! Explain <|endoftext|> and <|im_start|> in one line.'
    await paste(page, 'system-input', system)
    await paste(page, 'prompt-input', user)
    await settled(page)
    await expect(page.getByTestId('token-count')).toHaveText(String(tiktokenCount('o200k_base', user)))
    await expect(page.getByTestId('input-tokens-gpt-4o-mini')).toHaveText(
      String(billedInput('o200k_base', system, user)),
    )
    await expect(page.getByTestId('input-tokens-gpt-3.5-turbo')).toHaveText(
      String(billedInput('cl100k_base', system, user)),
    )
    // The two encodings really differ on this text, so the check above could fail.
    expect(billedInput('o200k_base', system, user)).not.toBe(billedInput('cl100k_base', system, user))
  })

  test('prices gpt-4o-mini at 500 in / 1,000 out: $0.000675 a request, $675.00 a month', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&input_tokens=500&max_tokens=1000&volume=1000000')
    await expect(page.getByTestId('cost-request-gpt-4o-mini')).toHaveText('$0.000675')
    await expect(page.getByTestId('cost-monthly-gpt-4o-mini')).toHaveText('$675.00')
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$675.00')
    await expect(page.getByTestId('input-tokens-gpt-4o-mini')).toHaveText('500')
  })

  test('sums the model mix and applies the response cache', async ({ page }) => {
    await page.goto(
      './?models=gpt-4o-mini,gpt-4o&mix=80,20&input_tokens=500&max_tokens=1000&volume=1000000&response_cache=25',
    )
    // gpt-4o: (500 × 2.5 + 1000 × 10) / 1e6 = $0.01125 → 3 significant digits
    await expect(page.getByTestId('cost-request-gpt-4o')).toHaveText('$0.0113')
    // all traffic, 25% answered by the cache: 750,000 × 0.01125 = 8,437.50; 750,000 × 0.000675 = 506.25
    await expect(page.getByTestId('cost-monthly-gpt-4o')).toHaveText('$8,437.50')
    await expect(page.getByTestId('cost-monthly-gpt-4o-mini')).toHaveText('$506.25')
    // mix: 0.8 × 506.25 + 0.2 × 8,437.50 = 405 + 1,687.50
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$2,092.50')
  })

  test('shows the worst case when replies are expected shorter than max_tokens', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&input_tokens=500&max_tokens=1000&output=200&volume=1000000')
    // (500 × 0.15 + 200 × 0.6) / 1e6 = 0.000195; worst (… + 1000 × 0.6) = 0.000675
    await expect(page.getByTestId('cost-request-gpt-4o-mini')).toHaveText('$0.000195')
    await expect(page.getByTestId('cost-request-worst-gpt-4o-mini')).toHaveText('worst $0.000675')
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$195.00')
    await expect(page.getByTestId('cost-monthly-total-worst')).toHaveText('worst $675.00')
  })

  test('controls change the projection', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&input_tokens=500&max_tokens=1000')
    await page.getByLabel('Requests per month').fill('2000000')
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$1,350.00')
    await page.getByLabel('Response-cache hit rate (%)').fill('50')
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$675.00')
    await page.getByLabel('Expected output tokens').fill('0')
    // 1,000,000 API requests × 500 × 0.15 / 1e6 = 75
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$75.00')
    await page.getByLabel('Requests per month').fill('-3')
    await expect(page.getByText('From 0 to')).toBeVisible()
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$75.00')
  })

  test('adds and removes models; shares always sum to 100%', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&input_tokens=500&max_tokens=1000&volume=1000000')
    await addModel(page, 'gpt-4.1')
    await expect(page.getByTestId('share-gpt-4.1')).toHaveValue('0')
    await page.getByLabel('Share % for gpt-4.1').fill('25')
    await expect(page.getByTestId('share-gpt-4o-mini')).toHaveValue('75')
    // gpt-4.1: (500 × 2 + 1000 × 8) / 1e6 = 0.009 → 9,000 / month; mix 0.75 × 675 + 0.25 × 9,000 = 2,756.25
    await expect(page.getByTestId('cost-monthly-gpt-4.1')).toHaveText('$9,000.00')
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$2,756.25')
    await page.getByRole('button', { name: 'Remove gpt-4o-mini' }).click()
    await expect(page.getByTestId('share-gpt-4.1')).toHaveValue('100')
    await expect(page.getByTestId('cost-monthly-total')).toHaveText('$9,000.00')
  })

  test('draws the monthly cost chart', async ({ page }) => {
    await page.goto('./?input_tokens=100')
    // two models, each stacked: uncached input and output
    await expect((await chartInView(page, 'monthly-cost-chart')).locator('.recharts-bar-rectangle')).toHaveCount(4)
  })

  test('shows the pricing release and a dated source for each price', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini&input_tokens=1')
    await expect(page.getByTestId('pricing-version')).toContainText('release 2026-11-22')
    // The newest `checked` date among the fixture's sources.
    await expect(page.getByTestId('prices-checked')).toHaveText('2026-11-22')
    const source = page.getByRole('link', { name: /source 1 \(2026-07-24\)/ }).first()
    await expect(source).toHaveAttribute('href', /^https:\/\/github\.com\/BerriAI\/litellm/)
  })

  test('counts a 1 MB paste exactly', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini')
    const unit = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. 東京 🇯🇵 <|endoftext|>\n'
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length))
    await paste(page, 'prompt-input', text)
    await settled(page)
    expect(integerIn(await page.getByTestId('token-count').textContent())).toBe(tiktokenCount('o200k_base', text))
  })
})

test.describe('counting at any size', () => {
  test('a 10 MB paste is editable like a short one, shows progress, and a paste made meanwhile replaces the stale count', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.goto('./?models=gpt-4o-mini')
    await settled(page)
    await expect(page.getByTestId('prompt-input')).toHaveAttribute('contenteditable', 'true')
    const line = 'The quick brown fox jumps over the lazy dog; 東京 🇯🇵 and code() {}.\n'
    const big = line.repeat(Math.ceil(10_000_000 / line.length))
    // Every progress text the page shows, however briefly: how long a count takes depends on
    // the machine, and polling for the progress could miss it on a fast one.
    await page.evaluate((dimClass) => {
      const shown: string[] = []
      Object.assign(window, { progressShown: shown })
      new MutationObserver(() => {
        const progress = document.querySelector('[data-testid="count-progress"]')?.textContent
        if (progress) shown.push(progress)
        const dimmed = (selector: string) => document.querySelector(selector)?.closest(`.${dimClass}`)
        if (dimmed('[data-testid="token-count"]')) shown.push('count dimmed')
        if (dimmed('[data-testid="billed-input-count"]')) shown.push('billed input dimmed')
        if (dimmed('[data-testid="cost-table"]')) shown.push('cost table dimmed')
        if (dimmed('[data-testid="summary-total"]')) shown.push('summary dimmed')
        if (dimmed('[data-testid="cheapest-fit"]')) shown.push('comparison dimmed')
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributeFilter: ['class'] })
    }, PENDING_SHOWN_CLASS)
    // Made in the page: handing 10 MB of non-ASCII text over from here takes seconds of its own.
    await page.getByTestId('prompt-input').evaluate(
      (el, [text, times]) => {
        const data = new DataTransfer()
        data.setData('text/plain', text.repeat(times))
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      },
      [line, Math.ceil(10_000_000 / line.length)] as const,
    )
    // The editor shows the lines on screen, and the caret is after the paste, as after any paste.
    const more = 'One more line, pasted while counting.'
    await pasteAsClipboard(page, 'prompt-input', more)
    const lastLine = page.getByTestId('prompt-input').locator('.cm-line').last()
    await expect(lastLine).toHaveText(more)
    // Typed at the very start: the whole text stays editable.
    await page.getByTestId('prompt-input').press('ControlOrMeta+Home')
    await page.keyboard.type('Start: ')
    await expect(page.getByTestId('prompt-input').locator('.cm-line').first()).toHaveText(`Start: ${line.trim()}`)
    await settled(page)
    await expect(page.getByTestId('count-progress')).toHaveCount(0)
    const shown = await page.evaluate(() => (window as unknown as { progressShown: string[] }).progressShown)
    expect(shown.some((text) => /counting \d+%/.test(text))).toBe(true)
    // The count and the costs it replaces were drawn as out of date while it took so long (a
    // keystroke's are not).
    expect(shown).toEqual(
      expect.arrayContaining([
        'count dimmed',
        'billed input dimmed',
        'cost table dimmed',
        'summary dimmed',
        'comparison dimmed',
      ]),
    )
    expect(integerIn(await page.getByTestId('token-count').textContent())).toBe(
      tiktokenCount('o200k_base', `Start: ${big}${more}`),
    )
  })
})

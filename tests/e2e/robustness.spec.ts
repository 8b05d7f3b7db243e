import { readdirSync, readFileSync } from 'node:fs'
import { expect, FIXTURE_RELEASE_TEXT, PRICING_RELEASE_URL, test } from './fixtures.ts'
import { chartsInView, paste, settled, tiktokenCount } from './helpers.ts'
import { initialScripts } from '../../scripts/size-budget.ts'

test.describe('bad input gets a clear message, never a blank page', () => {
  test('broken URL parameters are ignored with a visible notice', async ({ page }) => {
    await page.goto(
      './?volume=lots&max_tokens=-1&response_cache=300&models=gpt-4o-mini,gpt-99&mix=10,10&prompt=%E0%A4%A',
    )
    const notices = page.getByTestId('notices')
    await expect(notices).toContainText('volume')
    await expect(notices).toContainText('max_tokens')
    await expect(notices).toContainText('response_cache')
    await expect(notices).toContainText('gpt-99')
    await expect(notices).toContainText('mix')
    await expect(page.getByTestId('cost-monthly-gpt-4o-mini')).toBeVisible()
    await expect(page.getByLabel('Requests per month')).toHaveValue('1000000')
  })

  test('broken lever parameters are ignored with a notice and the rest still applies', async ({ page }) => {
    await page.goto(
      './?models=gpt-4o&input_tokens=500&max_tokens=1000&images=many&image_size=1024x&image_detail=ultra&prompt_cache=150&batch=-1&reasoning=lots&prefix_tokens=1.5',
    )
    const notices = page.getByTestId('notices')
    for (const param of [
      'images=',
      'image_size',
      'image_detail',
      'prompt_cache',
      'batch',
      'reasoning',
      'prefix_tokens',
    ]) {
      await expect(notices).toContainText(param)
    }
    // nothing of the broken levers applied: (500 × 2.5 + 1000 × 10) / 1e6 = 0.01125
    await expect(page.getByTestId('cost-request-gpt-4o')).toHaveText('$0.0113')
    await expect(page.getByTestId('input-tokens-gpt-4o')).toHaveText('500')
  })

  test('a malformed pricing file is named, with its field, and counting still works', async ({ page }) => {
    await page.route(PRICING_RELEASE_URL, async (route) => {
      const body = JSON.parse(FIXTURE_RELEASE_TEXT)
      body.models[0].prices[0].input = 'cheap'
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) })
    })
    await page.goto('./')
    const error = page.getByTestId('pricing-error')
    // Named by the file the page loads: the newest release in pricing/.
    await expect(error).toContainText(/pricing\/releases\/\d{4}-\d{2}-\d{2}[a-z]?\.json/)
    await expect(error).toContainText('models[0] (gpt-4o-mini).prices[0].input')
    await page.getByLabel('User prompt').fill('still counting')
    await expect(page.getByTestId('token-count')).toHaveText(String(tiktokenCount('o200k_base', 'still counting')))
    await expect(page.getByTestId('cost-monthly-total')).toHaveCount(0)
  })

  test('a pricing file that is not JSON is reported', async ({ page }) => {
    await page.route(PRICING_RELEASE_URL, (route) => route.fulfill({ body: '{"models": [' }))
    await page.goto('./')
    await expect(page.getByTestId('pricing-error')).toContainText('not valid JSON')
  })

  test('when the worker cannot start, counting falls back to the page and says so', async ({ page }) => {
    await page.route(/tokenizer\.worker-[^/]+\.js$/, (route) => route.abort())
    await page.goto('./')
    const text = 'Worker-less counting: ½ ünïcödé 👩‍🔬'
    await page.getByLabel('User prompt').fill(text)
    await expect(page.getByTestId('main-thread-notice')).toBeVisible()
    await expect(page.getByTestId('main-thread-notice')).toContainText('take longer')
    await settled(page)
    await expect(page.getByTestId('token-count')).toHaveText(String(tiktokenCount('o200k_base', text)))
    await expect(page.getByTestId('token-view').locator('[data-token-ids]').first()).toHaveText('Worker')

    // 2,000,000 × "a" is one piece with no safe split: counted in slices, between which the
    // page answers. A timer ticking every 10 ms counts how often it got a turn while the count
    // ran: in one piece (as before) it got none. (How long each slice is, < 50 ms, is measured
    // by `npm run bench`, not here: a busy machine stretches every task.)
    await page.getByLabel('User prompt').fill('')
    await settled(page)
    await page.getByTestId('prompt-input').evaluate((el) => {
      const data = new DataTransfer()
      data.setData('text/plain', 'a'.repeat(2_000_000))
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      let ticks = 0
      const timer = setInterval(() => ticks++, 10)
      const count = document.querySelector('[data-testid="token-count"]')!
      new MutationObserver((_, observer) => {
        if (count.textContent !== '250,000') return
        Object.assign(window, { ticksWhileCounting: ticks })
        clearInterval(timer)
        observer.disconnect()
      }).observe(count, { childList: true, characterData: true, subtree: true })
    })
    // o200k_base merges eight "a"s into one token: 2,000,000 / 8.
    await expect(page.getByTestId('token-count')).toHaveText('250,000')
    const ticks = await page.evaluate(() => (window as unknown as { ticksWhileCounting: number }).ticksWhileCounting)
    expect(ticks).toBeGreaterThanOrEqual(10)
    // The token view, tokenised on the page too, does not merge the whole run for a screenful.
    await expect(page.getByTestId('token-view')).toContainText('too long to show as tokens here')

    // An open-vocabulary model is an estimate here, with its range: its vocabulary (megabytes,
    // read in one go) is never loaded on the page.
    const vocabularies: string[] = []
    page.on('request', (request) => {
      if (/tokenizer-[\w-]+\.json$/.test(request.url())) vocabularies.push(request.url())
    })
    await page.goto('./?models=together/meta-llama-3.1-8b-instruct-turbo&prompt=Hi%20there')
    await expect(page.getByTestId('main-thread-notice')).toContainText('open vocabulary')
    await expect(page.getByTestId('token-count')).toHaveText(String(tiktokenCount('o200k_base', 'Hi there')))
    await expect(page.getByTestId('estimate-range')).toContainText('Llama 3.x')
    await expect(page.getByTestId('count-error')).toHaveCount(0)
    expect(vocabularies).toEqual([])
  })

  test('odd Unicode and special-token strings are counted, not rejected', async ({ page }) => {
    await page.goto('./')
    const text = '<|endoftext|><|im_start|>system<|im_sep|>\u200d\u0000\ufeff e\u0301 🏳️‍⚧️ \u202eevil\u202c 𝕏'
    await paste(page, 'prompt-input', text)
    await settled(page)
    await expect(page.getByTestId('token-count')).toHaveText(String(tiktokenCount('o200k_base', text)))
  })
})

test('an encoding that failed to load says so, and “Try again” counts once the network is back', async ({ page }) => {
  const encoding = /\/o200k_base-[^/]+\.json$/
  await page.route(encoding, (route) => route.abort())
  await page.goto('./?models=gpt-4o-mini')
  await page.getByLabel('User prompt').fill('counted at last')
  const error = page.getByTestId('count-error')
  await expect(error).toContainText('Counting failed')
  await expect(error).toContainText('try again')
  // The rest of the page works meanwhile.
  await page.getByLabel('Requests per month').fill('2000')
  await page.unroute(encoding)
  await error.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByTestId('token-count')).toHaveText(String(tiktokenCount('o200k_base', 'counted at last')))
  await expect(error).toHaveCount(0)
})

test('with each lazy chunk blocked in turn, only its part fails, says so, and the rest keeps working', async ({
  page,
}) => {
  test.setTimeout(180_000)
  // input_tokens makes the costs independent of the counts: they must show whatever fails.
  // 0.5 × (500 × 0.15 + 200 × 0.6) + 0.5 × (500 × 0.5 + 200 × 1.5) = 97.50 + 275.00 a month at 1M requests
  const address =
    './?models=gpt-4o-mini,gpt-3.5-turbo&mix=50,50&input_tokens=500&max_tokens=1000&volume=1000000&output=200'
  // Every script of the build but the first one, that this page loads: each chart, the charts'
  // shared code, the worker and its encodings. The rest (the main-thread counter, token window
  // and their copies of the encodings) loads only when the worker cannot start, a case of its
  // own above.
  const requested = new Set<string>()
  page.on('request', (request) => requested.add(request.url().split('/').pop()!))
  await page.goto(address)
  await chartsInView(page)
  await expect(page.locator('figure[data-testid$="-chart"]')).toHaveCount(4)
  await page.getByLabel('User prompt').fill('still here')
  await expect(page.getByTestId('token-count')).toHaveText(String(tiktokenCount('o200k_base', 'still here')))
  // The entry and the chunks it imports statically (preloaded with it) are the page itself.
  const initial = initialScripts('dist').map((ref) => ref.replace(/^assets\//, ''))
  const scripts = readdirSync('dist/assets').filter((file) => file.endsWith('.js') && !initial.includes(file))
  const lazy = scripts.filter((file) => requested.has(file))
  const fallbackOnly = scripts.filter((file) => !requested.has(file))
  expect(lazy.length).toBeGreaterThanOrEqual(10)
  // And the open vocabularies' code, loaded only when one of their models is compared (its
  // failure is tested in vocabularies.spec.ts); the charts of conversations and packed items,
  // loaded only for them (each in its own area, as every chart); the request parts' and batch
  // files' counting on the page.
  for (const file of fallbackOnly)
    expect(file).toMatch(
      /^(count-prompt|encodings|token-window|o200k_base|cl100k_base|workbox-window|count-vocabulary-prompt|tokenizer-|tokenizer_config-|conversation-cost-chart-|items-cost-chart-|count-request-parts-|batch-file-|edited-text-|workload-curves-)/,
    )
  const worker = readFileSync(`dist/assets/${lazy.find((file) => file.startsWith('tokenizer.worker-'))}`, 'utf8')
  // The four charts' own chunks are blocked together (each chart is its own area: four
  // errors), and so are the chart library's shared chunks (every chart fails); every other
  // chunk alone. (One page load each: fourteen loads took this test 90 s.)
  const ownCharts = lazy.filter((file) => /-chart-/.test(file))
  const chartLibrary = lazy.filter((file) => /^(chart-figure|BarChart|LineChart|Legend)-/.test(file))
  expect(ownCharts).toHaveLength(4)
  expect(lazy.filter((file) => file.startsWith('code-editor-'))).toHaveLength(1)
  expect(chartLibrary.length).toBeGreaterThanOrEqual(2)
  const rest = lazy.filter((file) => !ownCharts.includes(file) && !chartLibrary.includes(file))
  for (const group of [ownCharts, chartLibrary, ...rest.map((file) => [file])]) {
    const name = group.join(', ')
    const blocked = new RegExp(`/(${group.map((file) => file.replaceAll('.', '\\.')).join('|')})$`)
    await page.route(blocked, (route) => route.abort())
    await page.goto(address)
    await expect(page.getByTestId('cost-monthly-total'), name).toHaveText('$372.50')
    await expect(page.getByTestId('compare-table'), name).toBeVisible()
    await page.getByLabel('User prompt').fill('still here')
    // Each of the four charts is drawn or says it could not be, with a retry.
    await chartsInView(page)
    const charts = page.locator('figure[data-testid$="-chart"]')
    const failed = page.getByTestId('area-error')
    await expect.poll(async () => (await charts.count()) + (await failed.count()), name).toBe(4)
    if (group === ownCharts || group === chartLibrary) await expect(failed, name).toHaveCount(4)
    for (const error of await failed.all()) {
      await expect(error).toContainText('could not be shown')
      await expect(error.getByRole('button', { name: 'Try again' })).toBeVisible()
    }
    // Counting: an encoding of the worker's says it failed; without the worker, the page counts.
    const [chunk] = group
    if (/_base-/.test(chunk!) && worker.includes(chunk!))
      await expect(page.getByTestId('count-error'), name).toBeVisible()
    else if (chunk!.startsWith('tokenizer.worker-')) await expect(page.getByTestId('main-thread-notice')).toBeVisible()
    else
      await expect(page.getByTestId('token-count'), name).toHaveText(String(tiktokenCount('o200k_base', 'still here')))
    // Without the editor's chunk, the plain box stands in, and works.
    if (chunk!.startsWith('code-editor-'))
      await expect(page.getByTestId('prompt-input')).toHaveJSProperty('tagName', 'TEXTAREA')
    await expect(page.getByText('Something went wrong on this page'), name).toHaveCount(0)
    await page.unroute(blocked)
  }
})

test('a chart whose chunk failed loads on “Try again” once the network is back', async ({ page }) => {
  await page.route(/\/monthly-cost-chart-[^/]+\.js$/, (route) => route.abort())
  await page.goto('./?models=gpt-4o-mini&input_tokens=500&max_tokens=1000')
  await chartsInView(page)
  await expect(page.getByTestId('area-error')).toHaveCount(1)
  await page.unroute(/\/monthly-cost-chart-[^/]+\.js$/)
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByTestId('monthly-cost-chart')).toBeVisible()
  await expect(page.getByTestId('area-error')).toHaveCount(0)
})

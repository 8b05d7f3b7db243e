// What a person meets on the built page (Chromium): time to the first count, a paste to its
// count on screen (cold and warm), and typing one character in a 1 MB and a 10 MB prompt, beside
// a plain uncontrolled textarea holding the same text (the floor a browser gives).
import type { Browser, Page } from '@playwright/test'

const KEYS = 10
const GAP_MS = 400

interface Seen {
  events: { start: number; ms: number; processingStart: number; processingEnd: number }[]
  tasks: { start: number; ms: number }[]
  counts: { at: number; text: string }[]
}

/** Event Timing (entries ≥ 16 ms), long tasks, and every count the page shows, with its time. */
function observe() {
  const seen: Seen = { events: [], tasks: [], counts: [] }
  Object.assign(window, { benchSeen: seen })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[])
      seen.events.push({
        start: entry.startTime,
        ms: entry.duration,
        processingStart: entry.processingStart,
        processingEnd: entry.processingEnd,
      })
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.tasks.push({ start: entry.startTime, ms: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  // A count is shown when the number settles: busy → not busy (or the first number).
  let busy = true
  new MutationObserver(() => {
    const count = document.querySelector('[data-testid="token-count"]')
    const nowBusy = count?.getAttribute('aria-busy') !== 'false' || !/^\d/.test(count.textContent ?? '')
    if (busy && !nowBusy) seen.counts.push({ at: performance.now(), text: count!.textContent ?? '' })
    busy = nowBusy
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
}

const seenOf = (page: Page) => page.evaluate(() => (window as unknown as { benchSeen: Seen }).benchSeen)
const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const ms = (x: number) => `${Math.round(x)} ms`
const range = (xs: number[]) => (xs.length === 0 ? 'none' : `median ${ms(median(xs))}, max ${ms(Math.max(...xs))}`)

interface Keystrokes {
  /** Per key: the longest of its events, keydown to the next paint (Event Timing; 0 if all < 16 ms). */
  toPaint: number[]
  /**
   * Per key: main-thread time in its event handlers (of events ≥ 16 ms): the union of their
   * processing spans. A key's events nest (Chromium dispatches beforeinput and input inside
   * keypress), so a plain sum counted the input handlers twice.
   */
  handlers: number[]
  /** Per key: to the exact count on screen (the page only). */
  toCount: number[]
  longTasks: number[]
}

/** Types KEYS characters, half at the start and half at the end, and times each. */
async function typeKeys(page: Page, box: string, withCount: boolean): Promise<Keystrokes> {
  const result: Keystrokes = { toPaint: [], handlers: [], toCount: [], longTasks: [] }
  for (let i = 0; i < KEYS; i++) {
    await page.locator(box).press(i < KEYS / 2 ? 'ControlOrMeta+Home' : 'ControlOrMeta+End')
    await page.waitForTimeout(GAP_MS)
    const before = await seenOf(page)
    const at = await page.evaluate(() => performance.now())
    await page.keyboard.type('x')
    if (withCount)
      await page.waitForFunction(
        (n) => (window as unknown as { benchSeen: Seen }).benchSeen.counts.length > n,
        before.counts.length,
        {
          timeout: 60_000,
        },
      )
    await page.waitForTimeout(GAP_MS)
    const after = await seenOf(page)
    const events = after.events.filter((e) => e.start >= at)
    result.toPaint.push(Math.max(0, ...events.map((e) => e.ms)))
    result.handlers.push(spannedMs(events.map((e) => [e.processingStart, e.processingEnd] as const)))
    if (withCount) result.toCount.push(after.counts.at(-1)!.at - at)
    result.longTasks.push(...after.tasks.filter((t) => t.start >= at).map((t) => t.ms))
  }
  return result
}

/** The time covered by a set of spans, each counted once where they overlap. */
export function spannedMs(spans: readonly (readonly [number, number])[]): number {
  let total = 0
  let reached = Number.NEGATIVE_INFINITY
  for (const [start, end] of spans.toSorted((a, b) => a[0] - b[0])) {
    total += Math.max(0, end - Math.max(start, reached))
    reached = Math.max(reached, end)
  }
  return total
}

async function pasteAndCount(page: Page, text: string): Promise<number> {
  const before = (await seenOf(page)).counts.length
  const at = await page.evaluate((value) => {
    const data = new DataTransfer()
    data.setData('text/plain', value)
    const box = document.querySelector('[data-testid="prompt-input"]')!
    ;(box as HTMLElement).focus()
    const start = performance.now()
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    return start
  }, text)
  await page.waitForFunction((n) => (window as unknown as { benchSeen: Seen }).benchSeen.counts.length > n, before, {
    timeout: 300_000,
  })
  return (await seenOf(page)).counts.at(-1)!.at - at
}

/** The calculator in a fresh context, watched (`observe`), once its editor is in and its first count shown. */
async function openCalculator(browser: Browser, base: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.addInitScript(observe)
  await page.goto(`${base}?models=gpt-4o-mini`)
  await page.locator('.cm-content[data-testid="prompt-input"]').waitFor()
  await page.waitForFunction(() => (window as unknown as { benchSeen: Seen }).benchSeen.counts.length > 0)
  return { context, page }
}

/** Fresh pages the page path is measured on: the best of them is shown, as for every time here. */
const PAGE_PATH_RUNS = 3

/**
 * The whole page path on each corpus: paste to its exact count on screen (a text new to the
 * page, once the page has counted another), beside gpt-tokenizer's bare call on the same text in
 * the same browser (`bareMs`, from the Chromium table of this run: the best of up to three runs).
 * The page's side is likewise the best of PAGE_PATH_RUNS fresh pages (pasted twice on one page, a
 * text is a cache lookup the second time). Goal: at most 0.6×.
 */
export async function pagePathTable(
  browser: Browser,
  base: string,
  corpora: readonly { name: string; text: string }[],
  bareMs: Record<string, number | undefined>,
): Promise<string[]> {
  const lines = [
    '### The page path beside a bare call (Chromium, built app)',
    '',
    "Paste to the exact count on screen, beside gpt-tokenizer's `countTokens` alone on the same text (the Chromium table",
    'above), on a page as a person returns to it: its service worker installed, and texts counted before (the start of',
    'each corpus, reversed, pasted one by one: the same kind of text, none of the same pieces). The best of three such',
    'pages (all three in brackets), as the bare call is the best of up to three runs. Goal: at most 0.6×.',
    '',
    '| corpus | page: paste → count on screen | gpt-tokenizer, bare call | page ÷ gpt-tokenizer |',
    '|---|---|---|---|',
  ]
  const shown: Record<string, number[]> = {}
  for (let run = 0; run < PAGE_PATH_RUNS; run++) {
    const { context, page } = await openCalculator(browser, base)
    // Installing, the service worker fetches and stores 4.6 MB: on two cores that competes with
    // every paste. A returning visitor has it installed (it is active once all is stored).
    await page.evaluate(() => navigator.serviceWorker.ready)
    // Each pasted on its own: joined, they were one text of two-byte characters (V8 keeps a string
    // of Latin-1 characters one byte a character), and the English and code that followed were
    // the first one-byte texts the worker met: code optimised on the other kind was thrown away.
    for (const { text } of corpora) {
      await page.locator('[data-testid="prompt-input"]').press('ControlOrMeta+a')
      await pasteAndCount(page, [...text.slice(0, 100_000)].reverse().join(''))
    }
    for (const { name, text } of corpora) {
      if (bareMs[name] === undefined) continue
      // A warm-up paste, then the corpus (after select-all, replacing it).
      await page.locator('[data-testid="prompt-input"]').press('ControlOrMeta+a')
      await pasteAndCount(page, `warm-up ${name}`)
      await page.locator('[data-testid="prompt-input"]').press('ControlOrMeta+a')
      ;(shown[name] ??= []).push(await pasteAndCount(page, text))
    }
    await context.close()
  }
  for (const [name, times] of Object.entries(shown)) {
    const bare = bareMs[name]!
    const best = Math.min(...times)
    lines.push(`| ${name} | ${ms(best)} (${times.map(ms).join(', ')}) | ${ms(bare)} | ${(best / bare).toFixed(2)} |`)
  }
  return [...lines, '']
}

/**
 * Markdown lines for bench.ts. `base`: the built page's address; `english`: ~1 MB of real English;
 * `editorUrl`: the bench's page holding CodeMirror alone (browser/editor.html).
 */
export async function pageFigures(
  browser: Browser,
  base: string,
  english: string,
  editorUrl: string,
): Promise<string[]> {
  const lines = ['### What a person meets on the page (Chromium, built app)', '']

  // Time to the first count, three fresh visits (nothing cached), on a laptop's screen (the
  // charts, below its fold, are drawn once scrolled to).
  const firsts: number[] = []
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.addInitScript(observe)
    await page.goto(`${base}?models=gpt-4o-mini&prompt=Hello%20world`)
    await page.waitForFunction(() => ((window as unknown as { benchSeen?: Seen }).benchSeen?.counts.length ?? 0) > 0)
    firsts.push((await seenOf(page)).counts[0]!.at)
    await context.close()
  }
  lines.push(
    `- First count on screen, from navigation (fresh visit, localhost, service worker installing, 1280 × 720): ${range(firsts)}.`,
  )

  // Three return visits: the service worker installed, everything the page needs in its cache.
  const returning: number[] = []
  {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.addInitScript(observe)
    const address = `${base}?models=gpt-4o-mini&prompt=Hello%20world`
    await page.goto(address)
    await page.evaluate(() => navigator.serviceWorker.ready)
    for (let i = 0; i < 3; i++) {
      await page.goto(address)
      await page.waitForFunction(() => ((window as unknown as { benchSeen?: Seen }).benchSeen?.counts.length ?? 0) > 0)
      returning.push((await seenOf(page)).counts[0]!.at)
    }
    await context.close()
  }
  lines.push(`- First count on screen on a return visit (all of it cached by the service worker): ${range(returning)}.`)

  const sizes = [
    ['1 MB', english],
    ['10 MB', english.repeat(10)],
  ] as const
  for (const [size, text] of sizes) {
    const { context, page } = await openCalculator(browser, base)
    const cold = await pasteAndCount(page, text)
    await page.locator('[data-testid="prompt-input"]').press('ControlOrMeta+a')
    const warm = await pasteAndCount(page, `${text.slice(0, 1000)}!${text.slice(1000)}`)
    lines.push(
      `- Paste of ${size} of English to its exact count on screen: ${ms(cold)} the first time, ${ms(warm)} again (warm).`,
    )
    await page.waitForTimeout(1000)
    const ours = await typeKeys(page, '[data-testid="prompt-input"]', true)
    await context.close()

    // CodeMirror alone, set up as the prompt box is, with the same text: the editor's own cost.
    const editorContext = await browser.newContext()
    const editorPage = await editorContext.newPage()
    await editorPage.goto(editorUrl)
    await editorPage.evaluate(observe)
    await editorPage.evaluate(
      (value) => (window as unknown as { setEditorText: (t: string) => void }).setEditorText(value),
      text,
    )
    await editorPage.waitForTimeout(1000)
    const editorAlone = await typeKeys(editorPage, '.cm-content', false)
    await editorContext.close()

    const plainContext = await browser.newContext()
    const plainPage = await plainContext.newPage()
    await plainPage.goto(`${base}?models=gpt-4o-mini`)
    await plainPage.setContent('<textarea id="plain" rows="12" cols="80"></textarea>')
    await plainPage.evaluate(observe)
    await plainPage.evaluate((value) => {
      ;(document.getElementById('plain') as HTMLTextAreaElement).value = value
    }, text)
    await plainPage.waitForTimeout(1000)
    const plain = await typeKeys(plainPage, '#plain', false)
    await plainContext.close()

    lines.push(
      `- Typing one character in ${size} (${KEYS} keys, at the start and the end; Event Timing reports only events of 16 ms or more, counted as 0 here):`,
      `  - promptmeter: keydown to next paint ${range(ours.toPaint)}; script in the handlers ${range(ours.handlers)}; to the exact count on screen ${range(ours.toCount)}; long tasks: ${ours.longTasks.length === 0 ? 'none' : ours.longTasks.map(ms).join(', ')}.`,
      `  - CodeMirror alone, set up as the prompt box is (nothing of ours: no store, count or colours): keydown to next paint ${range(editorAlone.toPaint)}; script in the handlers ${range(editorAlone.handlers)}; long tasks: ${editorAlone.longTasks.length === 0 ? 'none' : editorAlone.longTasks.map(ms).join(', ')}.`,
      `  - a plain uncontrolled textarea with the same text: keydown to next paint ${range(plain.toPaint)}; script in the handlers ${range(plain.handlers)}; long tasks: ${plain.longTasks.length === 0 ? 'none' : plain.longTasks.map(ms).join(', ')}.`,
    )
  }
  lines.push('')
  return lines
}

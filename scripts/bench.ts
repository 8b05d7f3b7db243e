// `npm run bench`: how fast promptmeter counts, next to gpt-tokenizer, tiktoken (WASM) and
// js-tiktoken in the same run, in Node and in Chromium; the keystroke update on a 1 MB
// document; the page's longest main-thread task while a 10 MB paste is counted, in the worker and
// on the page itself (worker blocked); and what a person meets on the built page: time to the
// first count, paste to count, and typing in 1 MB and 10 MB beside a plain textarea.
// Prints Markdown tables (also written to bench-out/results.md). Speed claims live here, never
// in timed tests. BENCH_CORPORA=base64,prose limits the run to some corpora.
import { execSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { chromium } from '@playwright/test'
import { build } from 'vite'
import { CHROMIUM_ARGS, findChromium } from './find-browser.ts'
import { corpora } from './bench/corpora.ts'
import { LIBRARIES, overLimit, type InTurns, type Timing } from './bench/libraries.ts'
import type { MainThreadCount } from './bench/browser/bench-page.ts'
import { serveStatic } from './serve-static.ts'
import { vocabularyTable } from './bench/vocabularies.ts'
import { colouringTable } from './bench/colouring.ts'
import { pageFigures, pagePathTable } from './bench/page-figures.ts'
import { initialJsGzipBytes } from './size-budget.ts'

const LIMIT_MS = 10_000
const OUT = 'bench-out'
const CORPORA = join(OUT, 'browser', 'corpora')

type Pair = InTurns
type Result = Timing | 'timeout' | { error: string } | Pair
type Table = Record<string, Record<string, Result>>

function inThread<T>(data: object, limitMs: number): Promise<T | 'timeout'> {
  const worker = new Worker(new URL('./bench/node-worker-entry.mjs', import.meta.url), { workerData: data })
  return new Promise<T | 'timeout'>((resolve, reject) => {
    // Loading tsx and a rank table takes a moment of its own: it does not count against the limit.
    const timer = setTimeout(() => resolve('timeout'), limitMs + 5_000)
    worker.once('message', (message: T) => {
      clearTimeout(timer)
      resolve(message)
    })
    worker.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  }).finally(() => void worker.terminate())
}

const fmtMs = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0))

function table(title: string, results: Table, sizes: Record<string, number>): string {
  const lines = [
    `### ${title}`,
    '',
    `| corpus | size | tokens | ${LIBRARIES.map((l) => `${l} ms (MB/s)`).join(' | ')} | promptmeter ÷ gpt-tokenizer, timed in turns | promptmeter ÷ tiktoken (WASM), timed in turns |`,
    `|---|---|---|${LIBRARIES.map(() => '---|').join('')}---|---|`,
  ]
  const problems: string[] = []
  for (const [corpus, byLibrary] of Object.entries(results)) {
    const counts = new Set(
      Object.values(byLibrary).flatMap((r) => (typeof r === 'object' && 'count' in r ? [r.count] : [])),
    )
    const pair = byLibrary.pair
    if (counts.size > 1) problems.push(`${corpus}: counts differ (${[...counts].join(' vs ')})`)
    const cell = (r: Result | undefined) =>
      r === undefined || r === 'timeout'
        ? `> ${LIMIT_MS / 1000} s`
        : 'ms' in r
          ? `${fmtMs(r.ms)} (${(sizes[corpus]! / 1e6 / (r.ms / 1000)).toFixed(1)})`
          : 'error'
    const inTurns = pair && typeof pair === 'object' && 'ours' in pair ? pair : undefined
    // Not timed in turns where gpt-tokenizer takes longer than the limit.
    const missing = overLimit(byLibrary['gpt-tokenizer'], LIMIT_MS) ? 'n/a (gpt-tokenizer > limit)' : '?'
    const ratioTo = (reference: 'theirs' | 'tiktoken') =>
      inTurns
        ? `${(inTurns.ours / inTurns[reference]).toFixed(2)} (${fmtMs(inTurns.ours)} / ${fmtMs(inTurns[reference])} ms)`
        : missing
    const ratio = ratioTo('theirs')
    const tiktokenRatio = ratioTo('tiktoken')
    const size =
      sizes[corpus]! >= 1e6 ? `${(sizes[corpus]! / 1e6).toFixed(1)} MB` : `${Math.round(sizes[corpus]! / 1e3)} KB`
    lines.push(
      `| ${corpus} | ${size} | ${[...counts][0] ?? '?'} | ${LIBRARIES.map((l) => cell(byLibrary[l]!)).join(' | ')} | ${ratio} | ${tiktokenRatio} |`,
    )
  }
  return [
    ...lines,
    '',
    ...(problems.length
      ? ['**Count mismatches:**', ...problems.map((p) => `- ${p}`)]
      : ['All libraries that finished agree on every count.']),
    '',
  ].join('\n')
}

async function main() {
  mkdirSync(CORPORA, { recursive: true })
  // BENCH_CORPORA=base64,prose runs only the corpora whose names contain one of the words.
  const only = process.env.BENCH_CORPORA?.split(',').map((w) => w.trim().toLowerCase())
  const all = corpora().filter((c) => !only || only.some((w) => c.name.toLowerCase().includes(w)))
  const sizes: Record<string, number> = {}
  const plan = { corpora: [] as { name: string; file: string }[], keystrokeFile: '', limitMs: LIMIT_MS }
  all.forEach((corpus, i) => {
    const file = `corpus-${i}.txt`
    writeFileSync(join(CORPORA, file), corpus.text)
    sizes[corpus.name] = Buffer.byteLength(corpus.text)
    plan.corpora.push({ name: corpus.name, file })
  })
  plan.keystrokeFile = plan.corpora[0]!.file
  writeFileSync(join(CORPORA, 'plan.json'), JSON.stringify(plan))

  const out: string[] = [
    `## Benchmark, ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Time limit ${LIMIT_MS / 1000} s a run; times are the best of up to three runs after a warm-up.`,
    '',
  ]

  console.error('Node…')
  const node: Table = {}
  for (const [i, corpus] of all.entries()) {
    node[corpus.name] = {}
    for (const library of LIBRARIES) {
      console.error(`  ${corpus.name} · ${library}`)
      node[corpus.name]![library] = await inThread<Timing>(
        { task: 'count', library, file: join(CORPORA, `corpus-${i}.txt`), limitMs: LIMIT_MS },
        LIMIT_MS,
      ).catch((e: unknown) => ({ error: String(e) }))
    }
    if (
      !overLimit(node[corpus.name]!.promptmeter, LIMIT_MS) &&
      !overLimit(node[corpus.name]!['gpt-tokenizer'], LIMIT_MS)
    ) {
      node[corpus.name]!.pair = await inThread<Pair>(
        { task: 'pair', file: join(CORPORA, `corpus-${i}.txt`) },
        4 * LIMIT_MS,
      ).catch((e: unknown) => ({ error: String(e) }))
    }
  }
  out.push(table('Node', node, sizes))
  const nodeKey = await inThread<{ medianMs: number; maxMs: number; exact: boolean }>(
    { task: 'keystroke', file: join(CORPORA, plan.keystrokeFile) },
    60_000,
  )
  out.push(keystrokeLine('Node', nodeKey, node[all[0]!.name]!['gpt-tokenizer']!), '')
  // The open vocabularies on the corpora of real text (prose, code, CJK, emoji, digits).
  out.push(await vocabularyTable(all.filter((c) => !/×|spaces|base64/.test(c.name))))
  // Colouring a screenful, on real text and on one line of letters with no safe split.
  out.push(
    await colouringTable([
      ...all.filter((c) => /^(real English|code|Chinese|emoji)/.test(c.name)),
      { name: 'one line of "a" (no safe split)', text: 'a'.repeat(1_000) },
    ]),
  )

  console.error('Chromium…')
  const executablePath = findChromium()
  if (!executablePath) throw new Error('no Chromium: see scripts/ensure-browser.ts')
  await build({
    configFile: false,
    root: 'scripts/bench/browser',
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: {
      outDir: join(process.cwd(), OUT, 'browser'),
      emptyOutDir: false,
      target: 'es2022',
      chunkSizeWarningLimit: 10_000,
      rollupOptions: {
        input: { index: 'scripts/bench/browser/index.html', editor: 'scripts/bench/browser/editor.html' },
      },
    },
  })
  const server = await serveStatic(join(OUT, 'browser'), '/', 4319)
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    await page.goto('http://127.0.0.1:4319/index.html')
    await page.waitForFunction(() => 'benchResults' in window || 'benchError' in window, null, {
      timeout: 30 * 60_000,
      polling: 1000,
    })
    const error = await page.evaluate(() => (window as unknown as { benchError?: string }).benchError)
    if (error) throw new Error(error)
    const { results, keystroke, mainThread } = await page.evaluate(
      () =>
        (
          window as unknown as {
            benchResults: {
              results: Table
              keystroke: { medianMs: number; maxMs: number; exact: boolean } | 'timeout'
              mainThread: MainThreadCount[]
            }
          }
        ).benchResults,
    )
    // Its version beside its figures: runs with another build of Chromium are not comparable
    // (2026-12-01's, with 150, timed the pages two to three times faster than earlier runs).
    out.push(table(`Chromium ${browser.version()}`, results, sizes))
    out.push(keystrokeLine('Chromium', keystroke, results[all[0]!.name]!['gpt-tokenizer']!), '')
    out.push(
      '### Counting on the main thread (Chromium, where no worker can start)',
      '',
      'The incremental counter alone on a page, slicing its work; long tasks (> 50 ms) while it counts:',
      '',
      ...mainThread.map(
        (run) =>
          `- ${run.name}: ${run.tokens} tokens in ${run.seconds.toFixed(1)} s; long tasks: ${run.longTasksMs.length === 0 ? 'none' : run.longTasksMs.map((ms) => `${Math.round(ms)} ms`).join(', ')}.`,
      ),
      '',
    )
    const bare = Object.fromEntries(
      all.map((c) => {
        const r = results[c.name]?.['gpt-tokenizer']
        return [c.name, typeof r === 'object' && 'ms' in r ? r.ms : undefined]
      }),
    )
    out.push(await longTasks(browser, all, bare))
  } finally {
    await browser.close()
    server.close()
  }
  const report = out.join('\n')
  writeFileSync(join(OUT, 'results.md'), report)
  console.log(report)
}

function keystrokeLine(
  where: string,
  k: { medianMs: number; maxMs: number; exact: boolean } | 'timeout',
  full: Result,
): string {
  if (k === 'timeout') return `Keystroke on the 1 MB English document (${where}): did not finish in time.`
  const fullMs = typeof full === 'object' && 'ms' in full ? `${fmtMs(full.ms)} ms` : String(full)
  return `Keystroke on the 1 MB English document (${where}): promptmeter updates the exact count in a median ${fmtMs(k.medianMs)} ms (max ${fmtMs(k.maxMs)} ms) of worker time after a one-character edit${k.exact ? ', equal to a full count' : ', **NOT equal to a full count**'}; a full recount with gpt-tokenizer takes ${fullMs}.`
}

type PasteText = 'paragraphs' | 'one letter'

/**
 * The built page's main-thread long tasks while a large paste is counted: 10 MB of paragraphs
 * in the worker; and, with the worker blocked (as in a sandboxed embed), 10 MB of paragraphs and
 * 5 MB of one letter (one piece, with no safe split) on the page itself.
 */
async function longTasks(
  browser: import('@playwright/test').Browser,
  all: readonly { name: string; text: string }[],
  bare: Record<string, number | undefined>,
): Promise<string> {
  execSync('npm run build', { stdio: 'ignore' })
  const server = await serveStatic('dist', '/', 4320)
  try {
    const lines = ['### The page during a large paste (Chromium)', '']
    for (const [where, text] of [
      ['worker', 'paragraphs'],
      ['main thread, worker blocked', 'paragraphs'],
      ['main thread, worker blocked', 'one letter'],
    ] as const) {
      const { seconds, tasks } = await pasteAndWatch(browser, text, where !== 'worker')
      const size = text === 'paragraphs' ? '10 MB of paragraphs' : '5 MB of one letter'
      lines.push(
        `- ${size}, counted in ${seconds.toFixed(1)} s (${where}). Main-thread long tasks (> 50 ms) from the paste to a second after the count is shown: ${tasks.length === 0 ? 'none' : tasks.map((task) => `${Math.round(task.ms)} ms (${task.script})`).join('; ')}.`,
      )
    }
    const english = corpora().find((c) => c.name.startsWith('real English'))!.text
    lines.push(
      '',
      ...(await pageFigures(browser, 'http://127.0.0.1:4320/', english, 'http://127.0.0.1:4319/editor.html')),
    )
    lines.push('', ...(await pagePathTable(browser, 'http://127.0.0.1:4320/', all, bare)))
    const gz = (initialJsGzipBytes('dist') / 1024).toFixed(1)
    lines.push(
      '',
      '(Each long task is named by the script that ran longest in it, as the Long Animation Frames API reports it. A',
      'large paste goes into the editor, which lays out only the lines on screen.)',
      '',
      `Initial JavaScript: ${gz} KB gzipped (budget 150 KB; encodings and charts load lazily).`,
      '',
    )
    return lines.join('\n')
  } finally {
    server.close()
  }
}

/** A main-thread long task and, from the Long Animation Frames API, the script that ran longest in it. */
interface LongTask {
  ms: number
  script: string
}

async function pasteAndWatch(
  browser: import('@playwright/test').Browser,
  text: PasteText,
  blockWorker: boolean,
): Promise<{ seconds: number; tasks: LongTask[] }> {
  const page = await browser.newPage()
  try {
    if (blockWorker) await page.route(/tokenizer\.worker-[^/]+\.js$/, (route) => route.abort())
    await page.addInitScript(() => {
      const seen = { tasks: [] as PerformanceEntry[], frames: [] as PerformanceEntry[] }
      Object.assign(window, { benchSeen: seen })
      new PerformanceObserver((list) => seen.tasks.push(...list.getEntries())).observe({
        type: 'longtask',
        buffered: true,
      })
      new PerformanceObserver((list) => seen.frames.push(...list.getEntries())).observe({
        type: 'long-animation-frame',
        buffered: true,
      })
    })
    await page.goto('http://127.0.0.1:4320/?models=gpt-4o-mini')
    await page.getByTestId('token-count').filter({ hasText: /^\d/ }).waitFor()
    // The text is made in the page ahead of the paste: making megabytes (or handing them over
    // from here) is a long task of its own, which is not the page's.
    await page.evaluate((kind) => {
      const paragraph = 'The quick brown fox jumps over the lazy dog; 東京 🇯🇵 numbers 12345 and code() {}.\n'
      const data = new DataTransfer()
      data.setData(
        'text/plain',
        kind === 'paragraphs' ? paragraph.repeat(Math.ceil(10_000_000 / paragraph.length)) : 'a'.repeat(5_000_000),
      )
      Object.assign(window, { benchPaste: data })
    }, text)
    await page.waitForTimeout(1000)
    const since = await page.evaluate(() => performance.now())
    const t0 = Date.now()
    // A paste as the browser delivers it: a ClipboardEvent on the box.
    await page.getByTestId('prompt-input').evaluate((el) => {
      const data = (window as unknown as { benchPaste: DataTransfer }).benchPaste
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    })
    await page.waitForFunction(
      () => document.querySelector('[data-testid="token-count"]')?.getAttribute('aria-busy') === 'false',
      null,
      { timeout: 300_000 },
    )
    const seconds = (Date.now() - t0) / 1000
    await page.waitForTimeout(1000)
    type Seen = { start: number; ms: number; scripts: { url: string; invoker: string; ms: number }[] }
    const { tasks, frames } = await page.evaluate(() => {
      type Frame = PerformanceEntry & { scripts: { sourceURL: string; invoker: string; duration: number }[] }
      const seen = (window as unknown as { benchSeen: { tasks: PerformanceEntry[]; frames: Frame[] } }).benchSeen
      return {
        tasks: seen.tasks.map((t) => ({ start: t.startTime, ms: t.duration, scripts: [] })),
        frames: seen.frames.map((f) => ({
          start: f.startTime,
          ms: f.duration,
          scripts: f.scripts.map((s) => ({ url: s.sourceURL, invoker: s.invoker, ms: s.duration })),
        })),
      }
    })
    // The frame that overlaps a task most (the two APIs time them slightly apart).
    const overlap = (a: Seen, b: Seen) => Math.min(a.start + a.ms, b.start + b.ms) - Math.max(a.start, b.start)
    const named = (tasks as Seen[])
      .filter((task) => task.start >= since)
      .map((task) => {
        const frame = (frames as Seen[])
          .filter((f) => overlap(f, task) > 0)
          .toSorted((a, b) => overlap(b, task) - overlap(a, task))[0]
        const longest = frame?.scripts.toSorted((a, b) => b.ms - a.ms)[0]
        // A chunk's name without its hash, and what called it: "index, MessagePort.onmessage".
        const chunk = /([\w.-]+?)-[\w-]{8}\.js$/.exec(longest?.url ?? '')?.[1] ?? 'page'
        return { ms: task.ms, script: longest ? `${chunk}, ${longest.invoker}` : 'no script: style, layout, paint' }
      })
    return { seconds, tasks: named }
  } finally {
    await page.close()
  }
}

await main()

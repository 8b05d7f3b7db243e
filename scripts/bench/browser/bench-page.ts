// Runs every measurement in Chromium, each in a fresh worker, and leaves the results on window.
import { LIBRARIES, overLimit } from '../libraries.ts'
import { loadCounter } from '../../../src/core/tokenize/encodings.ts'
import { IncrementalCounter } from '../../../src/core/tokenize/incremental-counter.ts'

interface Plan {
  corpora: { name: string; file: string }[]
  keystrokeFile: string
  limitMs: number
}

function inWorker<T>(job: object, limitMs: number): Promise<T | 'timeout'> {
  const worker = new Worker(new URL('./bench-worker.ts', import.meta.url), { type: 'module' })
  return new Promise<T | 'timeout'>((resolve, reject) => {
    const timer = setTimeout(() => resolve('timeout'), limitMs)
    worker.onmessage = (event) => {
      clearTimeout(timer)
      resolve(event.data as T)
    }
    worker.onerror = (event) => {
      clearTimeout(timer)
      reject(new Error(event.message))
    }
    worker.postMessage(job)
  }).finally(() => worker.terminate())
}

async function run() {
  const plan = (await (await fetch('./corpora/plan.json')).json()) as Plan
  const log = document.getElementById('log')!
  const results: Record<string, Record<string, unknown>> = {}
  for (const corpus of plan.corpora) {
    results[corpus.name] = {}
    for (const library of LIBRARIES) {
      log.textContent = `${corpus.name} · ${library}`
      results[corpus.name]![library] = await inWorker(
        { task: 'count', library, url: new URL(`./corpora/${corpus.file}`, location.href).href, limitMs: plan.limitMs },
        plan.limitMs,
      )
    }
    if (!['promptmeter', 'gpt-tokenizer'].some((l) => overLimit(results[corpus.name]![l], plan.limitMs))) {
      results[corpus.name]!.pair = await inWorker(
        { task: 'pair', url: new URL(`./corpora/${corpus.file}`, location.href).href },
        4 * plan.limitMs,
      )
    }
  }
  const keystroke = await inWorker(
    { task: 'keystroke', url: new URL(`./corpora/${plan.keystrokeFile}`, location.href).href },
    60_000,
  )
  log.textContent = 'counting on the main thread'
  const mainThread = await countOnMainThread()
  Object.assign(window, { benchResults: { results, keystroke, mainThread } })
}

/** What counting alone (no page around it) does to the main thread, as where no worker can start. */
export interface MainThreadCount {
  name: string
  seconds: number
  tokens: number
  /** Durations of the long tasks (> 50 ms) while counting. */
  longTasksMs: number[]
}

async function countOnMainThread(): Promise<MainThreadCount[]> {
  const paragraph = 'The quick brown fox jumps over the lazy dog; 東京 🇯🇵 numbers 12345 and code() {}.\n'
  const texts = [
    ['10 MB of paragraphs', paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))],
    ['5 MB of one letter', 'a'.repeat(5_000_000)],
    ['5 MB of spaces', ' '.repeat(5_000_000)],
    // Single words of millions of letters: a regular expression takes Chromium half a second to
    // match one, in one call; promptmeter finds words by hand (letter-pieces.ts).
    ['6 MB of CJK with no punctuation', '東京'.repeat(1_000_000)],
    ['5 MB of Cyrillic with no spaces', 'привет'.repeat(450_000)],
    ['5 MB of letters and combining marks', 'a\u0301'.repeat(1_700_000)],
  ] as const
  const count = await loadCounter('o200k_base')
  const out: MainThreadCount[] = []
  for (const [name, text] of texts) {
    // Flat, as a pasted string is: repeat() makes a rope, which the first search would flatten
    // (80 ms for 10 MB), a cost that is not the counter's. Reading a character flattens it.
    void text.charCodeAt(text.length >> 1)
    const tasks: number[] = []
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)))
    await new Promise((resolve) => setTimeout(resolve, 200))
    observer.observe({ type: 'longtask' })
    const t0 = performance.now()
    const tokens = await new IncrementalCounter(count, 'o200k_base').count(text)
    const seconds = (performance.now() - t0) / 1000
    await new Promise((resolve) => setTimeout(resolve, 200))
    out.push({ name, seconds, tokens, longTasksMs: [...tasks, ...observer.takeRecords().map((e) => e.duration)] })
    observer.disconnect()
  }
  return out
}

run().catch((error: unknown) => Object.assign(window, { benchError: String(error) }))

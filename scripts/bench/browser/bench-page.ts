// Runs every measurement in Chromium, each in a fresh worker, and leaves the results on window.
import { LIBRARIES } from '../libraries.ts'

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
    if (!['promptmeter', 'gpt-tokenizer'].some((l) => results[corpus.name]![l] === 'timeout')) {
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
  Object.assign(window, { benchResults: { results, keystroke } })
}

run().catch((error: unknown) => Object.assign(window, { benchError: String(error) }))

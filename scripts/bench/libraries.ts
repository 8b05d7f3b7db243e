// The tokenizers `npm run bench` compares, loaded the same way in Node and in Chromium (except
// tiktoken's WASM, which each side instantiates its own way and passes in).
import { GptEncoding } from 'gpt-tokenizer/GptEncoding'
import { Tiktoken as JsTiktoken } from 'js-tiktoken/lite'
import { clearMergeCaches, loadCounter, readyCounters } from '../../src/core/tokenize/encodings.ts'
import { IncrementalCounter } from '../../src/core/tokenize/incremental-counter.ts'

export type Count = (text: string) => number | Promise<number>

/** A counter, and how to make it forget what it cached, so every timed run starts cold. */
export interface Loaded {
  count: Count
  clearCache: () => void
}

export const LIBRARIES = ['promptmeter', 'gpt-tokenizer', 'tiktoken (WASM)', 'js-tiktoken'] as const
export type Library = (typeof LIBRARIES)[number]

const noCache = () => {}

/** promptmeter gets a fresh incremental counter per call: nothing is reused between runs. */
export async function loadLibrary(library: Library, loadTiktoken: () => Promise<Count>): Promise<Loaded> {
  switch (library) {
    case 'promptmeter': {
      // What the worker runs: the incremental counter over our own table, pre-tokenizer and merge.
      const count = await loadCounter('o200k_base')
      // As on a page that has settled (it readies its counters in the task after its first count).
      readyCounters()
      return { count: (text) => new IncrementalCounter(count, 'o200k_base').count(text), clearCache: clearMergeCaches }
    }
    // The published gpt-tokenizer, unpatched, through its public API.
    case 'gpt-tokenizer': {
      const ranks = (await import('gpt-tokenizer/bpeRanks/o200k_base')).default
      const api = GptEncoding.getEncodingApi('o200k_base', () => ranks)
      const asText = { disallowedSpecial: new Set<string>() }
      return { count: (text) => api.countTokens(text, asText), clearCache: () => api.clearMergeCache() }
    }
    case 'js-tiktoken': {
      const ranks = (await import('js-tiktoken/ranks/o200k_base')).default
      const encoder = new JsTiktoken(ranks)
      return { count: (text) => encoder.encode(text, [], []).length, clearCache: noCache }
    }
    case 'tiktoken (WASM)':
      return { count: await loadTiktoken(), clearCache: noCache }
  }
}

export interface Timing {
  ms: number
  count: number
}

/**
 * Whether a library's count ran past the time limit: it timed out, or its one run finished
 * within the grace after the limit. It is then not timed in turns (five runs of it would
 * outlast even that step's longer limit).
 */
export const overLimit = (result: unknown, limitMs: number): boolean =>
  result === 'timeout' ||
  (typeof result === 'object' && result !== null && 'ms' in result && (result as Timing).ms > limitMs)

/**
 * Best of up to three runs after a warm-up on the first 50 KB, within `budgetMs` of runs. Caches
 * are emptied before each run: a paste is text the tokenizer has not seen, and a cache warm from
 * the previous run would time a lookup, not a count.
 */
export async function timeCount({ count, clearCache }: Loaded, text: string, budgetMs: number): Promise<Timing> {
  await count(text.slice(0, 50_000))
  let best = Infinity
  let tokens = -1
  const started = performance.now()
  for (let run = 0; run < 3; run++) {
    clearCache()
    const t0 = performance.now()
    tokens = await count(text)
    best = Math.min(best, performance.now() - t0)
    if (performance.now() - started > budgetMs / 3) break
  }
  return { ms: best, count: tokens }
}

/** Best times of promptmeter and the two references it is compared with, timed in turns. */
export interface InTurns {
  ours: number
  /** gpt-tokenizer. */
  theirs: number
  /** tiktoken's WASM build. */
  tiktoken: number
}

/**
 * promptmeter, gpt-tokenizer and tiktoken's WASM build timed in turns on the same text (five
 * each, caches emptied), so a ratio is not skewed by whatever else the machine did during one of
 * them; and five runs let both V8's optimising tiers and WebAssembly's settle (on this 2-core
 * machine each needs three or four runs of a megabyte).
 */
export async function timeInTurns(libraries: Record<keyof InTurns, Loaded>, text: string): Promise<InTurns> {
  const entries = Object.entries(libraries) as [keyof InTurns, Loaded][]
  for (const [, lib] of entries) await lib.count(text.slice(0, 50_000))
  const best: InTurns = { ours: Infinity, theirs: Infinity, tiktoken: Infinity }
  for (let run = 0; run < 5; run++) {
    for (const [key, lib] of entries) {
      lib.clearCache()
      const t0 = performance.now()
      await lib.count(text)
      best[key] = Math.min(best[key], performance.now() - t0)
    }
  }
  return best
}

/**
 * The worker time to show a new count after a one-character edit in a long document: the
 * median over edits at spread-out places, each checked against a full count.
 */
export async function timeKeystroke(text: string): Promise<{ medianMs: number; maxMs: number; exact: boolean }> {
  const count = await loadCounter('o200k_base')
  readyCounters()
  const counter = new IncrementalCounter(count, 'o200k_base')
  let current = text
  await counter.count(current)
  const times: number[] = []
  let exact = true
  for (let i = 1; i <= 9; i++) {
    const at = Math.floor((current.length * i) / 10)
    current = i % 2 ? `${current.slice(0, at)}x${current.slice(at)}` : current.slice(0, at) + current.slice(at + 1)
    const t0 = performance.now()
    const tokens = await counter.count(current)
    times.push(performance.now() - t0)
    if (i === 9) exact = tokens === count(current)
  }
  times.sort((a, b) => a - b)
  return { medianMs: times[4]!, maxMs: times.at(-1)!, exact }
}

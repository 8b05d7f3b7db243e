// Colouring a screenful in `npm run bench`: the worker's `tokenWindow` (token-window.ts) for one
// editor viewport, at spread-out scroll positions of texts of 1 and 10 MB, timed in Node (the
// worker runs the same code). Each position is new to the merge cache, as a scroll to it is.
import { clearMergeCaches } from '../../src/core/tokenize/encodings.ts'
import { tokenWindow } from '../../src/core/tokenize/token-window.ts'
import type { Corpus } from './corpora.ts'

/** About what the editor shows at once: 40 lines of 80 characters. */
const SCREEN_CHARS = 3_200
const POSITIONS = 9

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1))

/** Texts of `mb` megabytes: the corpus repeated, real text rather than one paragraph. */
const ofSize = (text: string, mb: number) => text.repeat(Math.ceil((mb * 1e6) / text.length)).slice(0, mb * 1e6)

/** Timed runs per position; each starts with the merge caches emptied. */
const RUNS = 3

export async function colouringTable(corpora: readonly Corpus[]): Promise<string> {
  const lines = [
    '### Colouring a screenful (Node, the worker’s code)',
    '',
    `\`tokenWindow\` for ${SCREEN_CHARS.toLocaleString('en')} characters (40 lines of 80) at ${POSITIONS} scroll positions from the`,
    `start to the end, each timed ${RUNS} times with the merge caches emptied before each run. A position's cost is its fastest`,
    'run; its slowest run shows what a garbage collection or a compile falling inside one adds. The goal is a cost under 5 ms',
    'at any size and position.',
    '',
    '| text | size | median cost (ms) | highest cost (ms) | at | slowest single run (ms) |',
    '|---|---|---|---|---|---|',
  ]
  for (const corpus of corpora) {
    for (const mb of [1, 10]) {
      // Flat, as a pasted or uploaded string is (repeat() makes a rope).
      const text = ofSize(corpus.text, mb)
      void text.charCodeAt(text.length >> 1)
      const positions = Array.from({ length: POSITIONS }, (_, i) =>
        Math.floor(((text.length - SCREEN_CHARS) * i) / (POSITIONS - 1)),
      )
      // Warmed up (compiled) on the same text first: a person scrolls a page that already runs.
      for (const from of positions) await tokenWindow('o200k_base', text, from, from + SCREEN_CHARS)
      const costs: [ms: number, at: number][] = []
      let slowestRun = 0
      for (const from of positions) {
        let best = Infinity
        for (let run = 0; run < RUNS; run++) {
          clearMergeCaches()
          const t0 = performance.now()
          await tokenWindow('o200k_base', text, from, from + SCREEN_CHARS)
          const ms = performance.now() - t0
          best = Math.min(best, ms)
          slowestRun = Math.max(slowestRun, ms)
        }
        costs.push([best, from / text.length])
      }
      const sorted = costs.map(([ms]) => ms).sort((a, b) => a - b)
      const [highest, at] = costs.reduce((a, b) => (b[0] > a[0] ? b : a))
      lines.push(
        `| ${corpus.name} | ${mb} MB | ${fmt(sorted[POSITIONS >> 1]!)} | ${fmt(highest)} | ${Math.round(at * 100)}% | ${fmt(slowestRun)} |`,
      )
    }
  }
  return [...lines, ''].join('\n')
}

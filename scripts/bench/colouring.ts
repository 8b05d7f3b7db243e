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

export async function colouringTable(corpora: readonly Corpus[]): Promise<string> {
  const lines = [
    '### Colouring a screenful (Node, the worker’s code)',
    '',
    `\`tokenWindow\` for ${SCREEN_CHARS.toLocaleString('en')} characters (40 lines of 80) at ${POSITIONS} scroll positions from the`,
    'start to the end, merge caches emptied before each; the goal is under 5 ms at any size and position.',
    '',
    '| text | size | median (ms) | slowest (ms) | slowest at |',
    '|---|---|---|---|---|',
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
      const times: [ms: number, at: number][] = []
      for (const from of positions) {
        clearMergeCaches()
        const t0 = performance.now()
        await tokenWindow('o200k_base', text, from, from + SCREEN_CHARS)
        times.push([performance.now() - t0, from / text.length])
      }
      const sorted = times.map(([ms]) => ms).sort((a, b) => a - b)
      const [slowest, at] = times.reduce((a, b) => (b[0] > a[0] ? b : a))
      lines.push(
        `| ${corpus.name} | ${mb} MB | ${fmt(sorted[POSITIONS >> 1]!)} | ${fmt(slowest)} | ${Math.round(at * 100)}% |`,
      )
    }
  }
  return [...lines, ''].join('\n')
}

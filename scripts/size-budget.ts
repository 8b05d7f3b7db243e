// Fails `npm test` when the JavaScript the page needs for its first paint grows past the budget,
// when something heavy (an encoding's rank table, the charts) stops being a lazy chunk, or when
// a large script ships twice.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const INITIAL_JS_BUDGET_GZIP_BYTES = 150 * 1024
const HEAVY = [/o200k_base/, /cl100k_base/, /BarChart/, /LineChart/, /chart-figure/, /recharts/]

/** The scripts index.html loads at once: its module entry and the chunks it preloads. */
export function initialScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  )
  return [...new Set(refs)].map((ref) => ref.replace(/^\.\//, ''))
}

/**
 * Scripts this large ship once. The worker and the page (its fallback) are two builds: a rank
 * table or chat template bundled by both shipped twice (two 2 MB o200k_base chunks), so they
 * are shared assets instead (vite-shared-rank-tables.ts, vocabulary-files.ts).
 */
const SHIPS_ONCE_BYTES = 256 * 1024

/** Large scripts whose names differ only by their hash: the same module bundled by both builds. */
export function shippedTwice(dist: string): string[] {
  const assets = join(dist, 'assets')
  const large = readdirSync(assets).filter(
    (file) => file.endsWith('.js') && statSync(join(assets, file)).size > SHIPS_ONCE_BYTES,
  )
  // Names end in "-" and an 8-character hash.
  const stem = (file: string) => file.replace(/-[\w-]{8}\.js$/, '')
  return large.filter((file) => large.some((other) => other !== file && stem(other) === stem(file)))
}

export function initialJsGzipBytes(dist: string): number {
  return initialScripts(dist).reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist'
  const scripts = initialScripts(dist)
  const bytes = initialJsGzipBytes(dist)
  const heavy = scripts.filter((file) => HEAVY.some((pattern) => pattern.test(file)))
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  console.log(`initial JS: ${scripts.join(', ')}: ${kb(bytes)} gzipped (budget ${kb(INITIAL_JS_BUDGET_GZIP_BYTES)})`)
  if (scripts.length === 0) throw new Error('size budget: no script found in index.html')
  if (heavy.length > 0) throw new Error(`size budget: ${heavy.join(', ')} must load lazily, not with the first paint`)
  const twice = shippedTwice(dist)
  if (twice.length > 0) throw new Error(`size budget: ${twice.join(', ')} ship the same module twice`)
  if (bytes > INITIAL_JS_BUDGET_GZIP_BYTES)
    throw new Error(`size budget: initial JS is ${kb(bytes)} gzipped, over ${kb(INITIAL_JS_BUDGET_GZIP_BYTES)}`)
}

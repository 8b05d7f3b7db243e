import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import type { Plugin } from 'vite'

const require = createRequire(import.meta.url)
const TABLE = /^gpt-tokenizer\/bpeRanks\/(\w+)$/
const VIRTUAL = '\0promptmeter-rank-table:'

/**
 * Ships each of gpt-tokenizer's rank tables (o200k_base is 2 MB) once. The worker and the page
 * (its fallback when no worker can start) are two builds; each bundling the table made two copies
 * of every table, 60% of the site's script, both precached. Here both builds import one asset
 * whose name is its content's hash (the table as JSON, which also parses faster than the package's
 * script of literals), through a small module that fetches it. Build only: the development server and Node
 * (tests, the benchmark) import the package file as it is.
 */
export function sharedRankTables(): Plugin {
  return {
    name: 'promptmeter:shared-rank-tables',
    apply: 'build',
    // Before Vite's own resolver, which would find the package file.
    enforce: 'pre',
    resolveId: (source) => (TABLE.test(source) ? VIRTUAL + source : null),
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null
      const source = id.slice(VIRTUAL.length)
      const name = TABLE.exec(source)![1]!
      // The package's CommonJS build: `require` gives the same table as the ES module.
      const table = (require(source) as { default: unknown }).default
      const json = JSON.stringify(table)
      const hash = createHash('sha256').update(json).digest('base64url').slice(0, 10)
      // The worker build and the page build each emit it; the name is the same, so one file lands.
      this.emitFile({ type: 'asset', fileName: `assets/${name}-${hash}.json`, source: json })
      // Chunks and this asset are all in assets/: the path is relative to the importing chunk.
      // The table is the module's default export as a thenable, not a promise: `import(…).then((m)
      // => m.default)` fetches anew each time, so a failed fetch can be tried again (a module
      // whose evaluation threw would stay failed for the page's lifetime).
      return [
        `const url = new URL(/* @vite-ignore */ './${name}-${hash}.json', import.meta.url)`,
        'const load = async () => {',
        '  const response = await fetch(url)',
        `  if (!response.ok) throw new Error('the ${name} table did not load (HTTP ' + response.status + ')')`,
        '  return response.json()',
        '}',
        'export default { then: (resolve, reject) => load().then(resolve, reject) }',
      ].join('\n')
    },
  }
}

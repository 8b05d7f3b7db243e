// A tiny static server for the built app, used by the end-to-end tests: it serves dist/ under
// a sub-path (to prove the build works from one) and on any port (a second origin). It sends
// `Access-Control-Allow-Origin: *` as GitHub Pages does: a widget in an iframe sandboxed without
// allow-same-origin has no origin, so its module scripts and pricing file load as CORS requests.
// `cors: false` leaves the header out, as many hosts do (a test sees what the widget says then).
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
}

/** A built pricing release: a hashed asset named after its date. */
export const PRICING_RELEASE_ASSET = /\/assets\/\d{4}-\d{2}-\d{2}[a-z]?-[\w-]+\.json$/

export interface ServeOptions {
  /** Answers every pricing release the page asks for: the end-to-end tests price the real build with a fixture. */
  pricingFile?: string
  /** Send `Access-Control-Allow-Origin: *` (default true). */
  cors?: boolean
}

/** Serves `root` under `prefix` on `port`, at 127.0.0.1. */
export function serveStatic(
  root: string,
  prefix: string,
  port: number,
  { pricingFile, cors = true }: ServeOptions = {},
) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found')
      return
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length))
    if (rel === '' || rel.endsWith('/')) rel += 'index.html'
    const file = pricingFile && PRICING_RELEASE_ASSET.test(url.pathname) ? pricingFile : normalize(join(root, rel))
    if (file !== pricingFile && !file.startsWith(normalize(root))) {
      res.writeHead(403).end()
      return
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file')
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(cors && { 'access-control-allow-origin': '*' }),
      })
      res.end(await readFile(file))
    } catch {
      res.writeHead(404).end('not found')
    }
  })
  return new Promise<typeof server>((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', prefix = '/', port = '4173', pricingFile] = process.argv.slice(2)
  await serveStatic(root, prefix, Number(port), { pricingFile })
  console.log(
    `serving ${root} at http://127.0.0.1:${port}${prefix}${pricingFile ? `, priced with ${pricingFile}` : ''}`,
  )
}

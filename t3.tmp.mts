import { GptEncoding } from 'gpt-tokenizer/GptEncoding'
import ranks from 'gpt-tokenizer/bpeRanks/o200k_base'
import { readFileSync, readdirSync } from 'node:fs'
import { installLinearMerge } from './src/core/tokenize/long-pieces.ts'
let seed = 7; const bytes = new Uint8Array(750000).map(() => (seed = (seed * 48271) % 2147483647) & 255)
const b64 = Buffer.from(bytes).toString('base64')
let eng = ''
for (const d of readdirSync('node_modules')) { try { eng += readFileSync(`node_modules/${d}/README.md`, 'utf8') } catch {} if (eng.length > 1e6) break }
eng = eng.slice(0, 1e6)
for (const size of [0, 0]) {
  const api: any = GptEncoding.getEncodingApi('o200k_base', () => ranks)
  installLinearMerge(api)
  api.setMergeCacheSize(size)
  const opts = { disallowedSpecial: new Set<string>() }
  for (const [name, t] of [['b64', b64], ['eng', eng], ['b64 again', b64], ['eng again', eng]]) {
    const s = performance.now(); const n = api.countTokens(t, opts); console.log('cache', size, name, n, (performance.now() - s).toFixed(1))
  }
}

import { loadCounter } from './src/core/tokenize/encodings.ts'
import { GptEncoding } from 'gpt-tokenizer/GptEncoding'
import ranks from 'gpt-tokenizer/bpeRanks/o200k_base'
const c = await loadCounter('o200k_base')
const api: any = GptEncoding.getEncodingApi('o200k_base', () => ranks)
const re: RegExp = api.bytePairEncodingCoreProcessor.tokenSplitRegex
let seed = 7; const bytes = new Uint8Array(750000).map(() => (seed = (seed * 48271) % 2147483647) & 255)
const b64 = Buffer.from(bytes).toString('base64')
for (const [name, t] of [['b64', b64], ['spaces', ' '.repeat(200000)], ['a', 'a'.repeat(200000)]]) {
  let s = performance.now(); let k = 0, maxl = 0; for (const [m] of t.matchAll(re)) { k++; if (m.length > maxl) maxl = m.length } 
  console.log(name, 'regex', (performance.now() - s).toFixed(1), 'pieces', k, 'max', maxl)
  s = performance.now(); c(t); console.log(name, 'count', (performance.now() - s).toFixed(1))
  s = performance.now(); c(t); console.log(name, 'count again (merge cache)', (performance.now() - s).toFixed(1))
}

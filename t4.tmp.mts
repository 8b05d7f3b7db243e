import { GptEncoding } from 'gpt-tokenizer/GptEncoding'
import ranks from 'gpt-tokenizer/bpeRanks/o200k_base'
import { readFileSync, readdirSync } from 'node:fs'
import { installLinearMerge } from './src/core/tokenize/long-pieces.ts'
let eng = ''
for (const d of readdirSync('node_modules')) { try { eng += readFileSync(`node_modules/${d}/README.md`, 'utf8') } catch {} if (eng.length > 1e6) break }
eng = eng.slice(0, 1e6)
const words = 'the of and to in is that it was for on are as with his they at be this from have or by one had not but what all were when we there can an your which their said if do will each about how up out them then she many some so these would other into has more her two like him see time could no make than first been its who now people my made over did down only way find use may water long little very after words called just where most know'.split(' ')
let seed = 3; const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647
let prose = ''; while (prose.length < 1e6) { const n = 8 + Math.floor(rnd() * 12); const ws = []; for (let i = 0; i < n; i++) ws.push(words[Math.floor(rnd() * words.length)]); prose += ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + (rnd() < 0.2 ? '.\n' : '. ') }
const plain: any = GptEncoding.getEncodingApi('o200k_base', () => ranks)
const ours: any = GptEncoding.getEncodingApi('o200k_base', () => ranks)
installLinearMerge(ours)
const opts = { disallowedSpecial: new Set<string>() }
for (const [name, t] of [['readmes', eng], ['prose', prose]] as const) for (let r = 0; r < 4; r++) {
  let s = performance.now(); const a = plain.countTokens(t, opts); const tp = performance.now() - s
  s = performance.now(); const b = ours.countTokens(t, opts); const to = performance.now() - s
  console.log(name, a === b, 'plain', tp.toFixed(1), 'ours', to.toFixed(1), (to / tp).toFixed(2))
}

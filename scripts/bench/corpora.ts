// Deterministic corpora for `npm run bench`: the same bytes on every machine with the same
// lockfile (the "real" English and code come from installed packages' own files).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lehmerRandom as prng } from '../../src/core/lehmer-random.ts'

export interface Corpus {
  name: string
  text: string
}

const MB = 1_000_000

const WORDS = `the of and to in is that it was for on are as with his they at be this from have or by one had not
but what all were when we there can an your which their said if do will each about how up out them then she many some
so these would other into has more her two like him see time could no make than first been its who now people my made
over did down only way find use may water long little very after words called just where most know get through back
much before go good new write our used me man too any day same right look think also around another came come work
three word must because does part even place well such here take why things help put years different away again off
went old number great tell men say small every found still between name should home big give air line set own under
read last never us left end along while might next sound below saw something thought both few those always looked show
large often together asked house world going want school important until form food keep children feet land side
without boy once animals life enough took sometimes four head above kind began almost live page got earth need far
hand high year mother light parts country father let night following picture being study second eyes soon times story
boys since white days ever paper hard near sentence better best across during today others however sure means knew
it's try told young miles sun ways thing whole hear example heard several change answer room sea against top turned
learn point city play toward five using himself usually`.split(/\s+/)

function prose(size: number): string {
  const rnd = prng(3)
  let text = ''
  while (text.length < size) {
    const length = 6 + Math.floor(rnd() * 16)
    const words = Array.from({ length }, () => WORDS[Math.floor(rnd() * WORDS.length)]!)
    const sentence = words.join(' ').replace(/^./, (c) => c.toUpperCase())
    text += sentence + (rnd() < 0.15 ? '.\n\n' : rnd() < 0.1 ? '? ' : '. ')
  }
  return text.slice(0, size)
}

/** Files of installed packages, sorted by path, concatenated up to `size` characters. */
function installed(pattern: RegExp, size: number, roots: string[]): string {
  const files: string[] = []
  const walk = (dir: string, depth: number) => {
    let entries: { name: string; isDirectory(): boolean; isFile(): boolean }[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory() && depth > 0 && entry.name !== 'node_modules') walk(path, depth - 1)
      else if (entry.isFile() && pattern.test(entry.name)) files.push(path)
    }
  }
  for (const root of roots) walk(root, 3)
  let text = ''
  for (const file of files) {
    if (text.length >= size) break
    text += `${readFileSync(file, 'utf8')}\n`
  }
  return text.slice(0, size)
}

/** Every string in JSON files, one per line: the translated messages packages ship. */
function messages(files: string[]): string {
  const out: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  for (const file of files) walk(JSON.parse(readFileSync(file, 'utf8')))
  return out.join('\n')
}

/**
 * Real prose in a language, written by people: TypeScript's compiler messages and axe-core's
 * rule descriptions, as translated for each locale (installed with the dev dependencies).
 */
const translated = (typescript: string[], axe: string[]) =>
  messages([
    ...typescript.map((locale) => `node_modules/typescript/lib/${locale}/diagnosticMessages.generated.json`),
    ...axe.map((locale) => `node_modules/axe-core/locales/${locale}.json`),
  ])

function fromAlphabet(alphabet: string[], size: number, seed: number): string {
  const rnd = prng(seed)
  const parts: string[] = []
  let length = 0
  while (length < size) {
    const part = alphabet[Math.floor(rnd() * alphabet.length)]!
    parts.push(part)
    length += part.length
  }
  return parts.join('').slice(0, size)
}

const CJK = [
  ...'的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切照验'.split(
    '',
  ),
  '，',
  '。',
  '、',
  '「',
  '」',
  '\n',
  'カタカナ',
  'ひらがなです',
  '한국어',
]
const EMOJI = ['😀', '😂', '🥲', '👍🏽', '👩‍💻', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇯🇵', '🇺🇸', '❤️‍🔥', '🦊', ' ', ' ', '\n']

function base64(size: number): string {
  const rnd = prng(7)
  const bytes = new Uint8Array(Math.ceil((size * 3) / 4)).map(() => Math.floor(rnd() * 256))
  return Buffer.from(bytes).toString('base64').slice(0, size)
}

function digits(size: number): string {
  return fromAlphabet([...'0123456789', ...'0123456789', ' ', ',', '.', '\n'], size, 11)
}

export function corpora(): Corpus[] {
  return [
    { name: 'English prose (generated)', text: prose(MB) },
    { name: 'real English (package READMEs)', text: installed(/^readme\.md$/i, MB, ['node_modules']) },
    {
      name: 'code (package sources)',
      text: installed(/\.(js|ts)$/, MB, [
        'node_modules/react-dom/cjs',
        'node_modules/zustand',
        'node_modules/comlink/dist',
      ]),
    },
    { name: 'Chinese (translated messages)', text: translated(['zh-cn', 'zh-tw'], ['zh_CN', 'zh_TW']) },
    { name: 'Japanese (translated messages)', text: translated(['ja'], ['ja']) },
    { name: 'Russian (translated messages)', text: translated(['ru'], ['ru']) },
    { name: 'CJK (random characters)', text: fromAlphabet(CJK, 500_000, 5) },
    { name: 'emoji', text: fromAlphabet(EMOJI, 300_000, 9) },
    { name: 'digits', text: digits(MB) },
    { name: 'base64 (1 MB)', text: base64(MB) },
    { name: '20k × "a"', text: 'a'.repeat(20_000) },
    { name: '200k × "a"', text: 'a'.repeat(200_000) },
    { name: '200k spaces', text: ' '.repeat(200_000) },
  ]
}

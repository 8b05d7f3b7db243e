import { lehmerRandom } from '../lehmer-random.ts'

/**
 * Texts a worker counts once while it is idle, so that the first text a person pastes runs code
 * V8 has already optimised. Measured in Chromium on two cores: a megabyte of code counted in
 * 130–220 ms as the first text of its kind, 60 ms once the worker had counted texts of that kind
 * before. Two kinds matter most: V8 keeps a string of Latin-1 characters as one byte a character
 * and any other as two, and code optimised on one kind is thrown away ("deoptimised") on first
 * meeting the other. So there is one text of each, and each holds every kind of piece the
 * pre-tokenizer cuts (words, contractions, numbers, punctuation, runs of spaces, line breaks)
 * and, in the second, letters of other scripts, CJK, emoji and combining marks. Words are made
 * up from syllables, so that few repeat: a piece seen before is a cache lookup, not a merge.
 */
export function warmUpTexts(): readonly [oneByte: string, twoByte: string] {
  // The same texts in every worker.
  const random = lehmerRandom(7)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const word = () => {
    let made = ''
    for (let i = 1 + Math.floor(random() * 3); i > 0; i--) made += pick(ONSETS) + pick(VOWELS)
    return random() < 0.3 ? made + pick(CODAS) : made
  }
  const latin = (sentences: number) => {
    let text = ''
    for (let s = 0; s < sentences; s++) {
      const words = Array.from({ length: 4 + Math.floor(random() * 12) }, word)
      words[0] = words[0]!.replace(/^./, (c) => c.toUpperCase())
      if (random() < 0.2) words.push(`${word()}'s`)
      if (random() < 0.2) words.push(String(Math.floor(random() * 100_000)))
      text += words.join(' ') + pick(['. ', '? ', ', ', '.\n\n', '!\n'])
      if (random() < 0.15) {
        const name = word() + word().replace(/^./, (c) => c.toUpperCase())
        text += `\n    const ${name} = ${word()}.${word()}(${Math.floor(random() * 999)}, "${word()}");\n  }\n\n`
      }
    }
    return text
  }
  const other = (length: number) => {
    let text = ''
    for (let i = 0; i < length; i++) {
      const [from, to] = pick(OTHER_SCRIPTS)
      text += String.fromCodePoint(from + Math.floor(random() * (to - from)))
      if (random() < 0.15) text += pick([' ', '\n', '。', ', ', '\u0301', '\u200d'])
    }
    return text
  }
  // About 44 K and 24 K characters: every page's worker counts them, so no more than keeps most
  // of the gain (twice as much took a first megabyte of code from 119–153 to 109–140 ms).
  const oneByte = latin(600)
  let twoByte = ''
  while (twoByte.length < oneByte.length / 2) twoByte += latin(20) + other(300)
  return [oneByte, twoByte]
}

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'st', 'tr', 'ch', 'sh']
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ou', 'ea', 'y']
const CODAS = ['n', 'r', 's', 't', 'ng', 'ck', 'ss', 'ed', 'ing', 'ly']
/** Code point ranges: Cyrillic, Greek, accented Latin, CJK ideographs, kana, Hangul, emoji. */
const OTHER_SCRIPTS: readonly (readonly [number, number])[] = [
  [0x0430, 0x0450],
  [0x03b1, 0x03ca],
  [0x00e0, 0x0100],
  [0x4e00, 0x9fa0],
  [0x3041, 0x3097],
  [0xac00, 0xd7a0],
  [0x1f300, 0x1f650],
]

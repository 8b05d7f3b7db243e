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

/**
 * Short texts that take every branch of the counting code, counted once in the task after the
 * first count in the encoding (`readyCounters`, encodings.ts).
 * V8 optimises a function for the branches it has seen taken; meeting another later (the first
 * piece longer than any token, a run of spaces, a long word of CJK) throws the optimised code
 * away in the middle of a count, which then runs slower until it is optimised again: measured in
 * Chromium, a megabyte of English pasted after a text with a long run of spaces took 17–22 ms to
 * its count instead of 14–15. One text of each kind of string (see `warmUpTexts`); each long piece
 * comes three times, to be cached and then found in the cache.
 */
export function everyBranchTexts(): readonly [oneByte: string, twoByte: string] {
  // " Zyqxw" and " qqzz" are short pieces that are not tokens: merged once, then found in the cache.
  const ordinary = "The cat's 3 dogs, 1234 (x) = y;\n\n  if (a) {\r\n\treturn b // OK Zyqxw qqzz\n}  end \u00a0 "
  const long = `${'a'.repeat(200)} ${'='.repeat(200)}\n${' '.repeat(200)}x ${'7'.repeat(20)} ${'é'.repeat(40)} `
  const other = `naïve café — Привет, мир! 東京は晴れ。😀👩‍💻 e\u0301 ${'я'.repeat(100)} ${'東'.repeat(100)}\n`
  return [(ordinary + long).repeat(3), (ordinary + long + other).repeat(3)]
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

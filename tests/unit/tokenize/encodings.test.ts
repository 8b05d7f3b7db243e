import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ENCODING_NAMES, loadCounter } from '../../../src/core/tokenize/encodings.ts'
import { tiktokenCount } from '../tiktoken-oracle.ts'
import { assertProperty } from '../property.ts'

/** Texts that tokenizers get wrong most often. */
export const FIXTURES: Record<string, string> = {
  empty: '',
  english: 'The quick brown fox jumps over the lazy dog. tiktoken is great!',
  'zwj emoji': '👩‍👩‍👧‍👦 family, 👨🏽‍💻 coder, 🏳️‍🌈 flag, ❤️‍🔥',
  flags: '🇺🇸🇯🇵🇩🇪🇫🇷 🇬🇧',
  cjk: 'お誕生日おめでとう。今天天气很好。한국어 텍스트입니다.',
  rtl: 'مرحبا بالعالم — שלום עולם (mixed: hello مرحبا)',
  'combining marks': 'e\u0301 a\u0308 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ n\u0303 ǹ',
  code: 'function f(x: number): number {\n\treturn x ** 2 // square\n}\nconst a = [1, 2, 3].map(f);',
  crlf: 'line one\r\nline two\r\n\r\nline four\r\n',
  'long whitespace': `a${' '.repeat(500)}b${'\t'.repeat(50)}c${'\n'.repeat(100)}d`,
  'special tokens': 'before <|endoftext|> middle <|im_start|>user<|im_end|> <|endofprompt|> <|fim_prefix|> after',
  digits: '12345678901234567890 3.14159 1,000,000',
  // Tokens starting with U+FEFF are bytes in the rank data; they must be found by their text,
  // leading mark kept (token-table.ts).
  'byte order mark': '\ufeff',
  'file starting with a byte order mark': '\ufeffimport os\r\nprint("hi")',
  'byte order marks inside text': 'a\ufeffb \u200d\u0000\ufeff \ufeff\ufeff\ufeff',
  // JavaScript's \s and Unicode's White_Space (which tiktoken uses) differ on U+FEFF and U+0085.
  'next line and other spaces': 'a\u0085b \u0085 \u00a0x\u2028y\u3000z\u000b\u000c\u1680\u180e\u200b end',
  'lone surrogate-free astral': '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝒮𝒸𝓇𝒾𝓅𝓉 🀄🂡',
}

/** Characters on which JavaScript and tiktoken's Rust regex, or byte and string lookups, can disagree. */
const TRICKY = [
  '\ufeff',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u3000',
  '\u000b',
  '\u000c',
  '\u1680',
  '\u180e',
  '\u200b',
  '\u200d',
  '\u0000',
  '\u00ad',
  '\u0301',
  'a',
  'A',
  'é',
  'ǅ',
  ' ',
  '  ',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '1',
  '123',
  '٣',
  '😀',
  '👩‍👩‍👧',
  '🇯🇵',
  '東',
  'ا',
  "'s",
  "'LL",
  '/',
  '.',
  '<|endoftext|>',
  '<|im_start|>',
]

describe.each(ENCODING_NAMES)('%s counts equal tiktoken', (encoding) => {
  it.each(Object.entries(FIXTURES))('%s', async (_name, text) => {
    const count = await loadCounter(encoding)
    expect(count(text)).toBe(tiktokenCount(encoding, text))
  })

  it('matches the cookbook sample "tiktoken is great!" (6 tokens)', async () => {
    expect((await loadCounter(encoding))('tiktoken is great!')).toBe(6)
  })

  it('counts special-token strings as text instead of throwing', async () => {
    const count = await loadCounter(encoding)
    // As text, "<|endoftext|>" is several ordinary tokens, never the single special token.
    expect(count('<|endoftext|>')).toBeGreaterThan(1)
  })

  it('equals tiktoken on strings of the characters tokenizers trip over', async () => {
    const count = await loadCounter(encoding)
    const tricky = fc.constantFrom(...TRICKY)
    assertProperty(
      fc.property(fc.array(tricky, { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        return count(text) === tiktokenCount(encoding, text)
      }),
      { numRuns: 500 },
    )
  })

  it('equals tiktoken on random Unicode strings', async () => {
    const count = await loadCounter(encoding)
    assertProperty(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (text) => count(text) === tiktokenCount(encoding, text),
      ),
      { numRuns: 300 },
    )
    assertProperty(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        (text) => count(text) === tiktokenCount(encoding, text),
      ),
      { numRuns: 300 },
    )
  })
})

it('o200k_base and cl100k_base differ on CJK, so the encoding really is switched', async () => {
  const text = 'お誕生日おめでとう'
  expect((await loadCounter('o200k_base'))(text)).toBe(8)
  expect((await loadCounter('cl100k_base'))(text)).toBe(9)
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countVocabularyPrompt } from '../../../src/core/tokenize/count-vocabulary-prompt.ts'
import { IncrementalCounter } from '../../../src/core/tokenize/incremental-counter.ts'
import { nextVocabularySplit, VOCABULARY_NAMES, type VocabularyName } from '../../../src/core/tokenize/vocabularies.ts'
import { assertProperty } from '../property.ts'
import { referenceCount, tokenizerJson, vocabulary } from '../vocabulary-oracle.ts'
import { EDGY, FIXTURES } from './edgy-text.ts'

/** Pieces each vocabulary treats specially: its special tokens, Gemma's space mark and newline runs. */
const VOCABULARY_EDGES = [
  '<|begin_of_text|>',
  '<|eot_id|>',
  '<|start_header_id|>',
  '<｜begin▁of▁sentence｜>',
  '<｜User｜>',
  '<bos>',
  '<start_of_turn>',
  '[INST]',
  '</s>',
  '▁',
  '▁▁',
  '\n\n\n',
  '\r\n\r\n',
  ' \n',
  '\t\n ',
  '12345',
  '東京タワー',
  'ひらがな',
  'Ünïcödé',
  '!!',
  '.\n',
  ')\n/',
]

describe.each(VOCABULARY_NAMES)('%s: counts equal the reference Rust tokenizers library', (name) => {
  it.each(Object.entries(FIXTURES))('%s', async (_label, text) => {
    expect(vocabulary(name).count(text)).toBe(await referenceCount(name, text))
  })

  it('on random strings of edgy pieces, and counted in parts cut where the counter may cut', async () => {
    const own = vocabulary(name)
    await assertProperty(
      fc.asyncProperty(fc.array(fc.constantFrom(...EDGY, ...VOCABULARY_EDGES), { maxLength: 40 }), async (parts) => {
        const text = parts.join('')
        const whole = await referenceCount(name, text)
        expect(own.count(text)).toBe(whole)
        // Every cut the splitter allows gives the same total.
        let sum = 0
        let from = 0
        for (let cut = nextVocabularySplit(text, 1, text.length); cut > 0;) {
          sum += own.count(text, from, cut)
          from = cut
          cut = nextVocabularySplit(text, cut + 1, text.length)
        }
        expect(sum + own.count(text, from, text.length)).toBe(whole)
      }),
      { numRuns: 150 },
    )
  })
})

describe.each(VOCABULARY_NAMES)('%s: counts equal the reference library on random Unicode', (name) => {
  it('any code points, and any grapheme clusters', async () => {
    const own = vocabulary(name)
    await assertProperty(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 })),
        async (text) => {
          expect(own.count(text)).toBe(await referenceCount(name, text))
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('line-break splits are safe in every vocabulary', () => {
  it('Gemma 3 (no pre-tokenizer): no token holds a line break followed by a character a split may precede, nor a letter followed by a space', () => {
    const { model, added_tokens } = JSON.parse(tokenizerJson('gemma-3')) as {
      model: { vocab: Record<string, number> | [string, number][] }
      added_tokens: { content: string }[]
    }
    const strings = [
      ...(Array.isArray(model.vocab) ? model.vocab.map(([token]) => token) : Object.keys(model.vocab)),
      ...added_tokens.map((t) => t.content),
    ]
    expect(strings.length).toBeGreaterThan(260_000)
    // A merge across a split at p would make a token holding text[p − 1] and text[p].
    const crossing = strings.filter((token) => {
      for (let i = 1; i < token.length; i++) {
        const before = token.charCodeAt(i - 1)
        if ((before === 0x0a || before === 0x0d) && nextVocabularySplit(`\n${token[i]!}`, 1, 2) === 1) return true
      }
      // Rule 2 splits before a space that follows a letter; Gemma writes the space as "▁".
      return /\p{L}[ \u2581]/u.test(token)
    })
    expect(crossing).toEqual([])
  })

  it.each(VOCABULARY_NAMES)('%s: the incremental counter, cutting at them, counts as the whole', async (name) => {
    const text =
      `${FIXTURES.code!}\n${FIXTURES.cjk!}\n\n${FIXTURES.crlf!}x\n${'word '.repeat(40)}\n/path\n\ttab`.repeat(6)
    const counter = new IncrementalCounter(vocabulary(name).count, nextVocabularySplit, { chunkChars: 40, sliceMs: 0 })
    expect(await counter.count(text)).toBe(await referenceCount(name, text))
    // An edit in the middle recounts around it and still agrees.
    const edited = `${text.slice(0, 700)} inserted\n words ${text.slice(700)}`
    expect(await counter.count(edited)).toBe(await referenceCount(name, edited))
  })
})

describe('billed input follows the chat template', () => {
  it('Llama 3: 20 tokens for "Be brief." and "Hi there", counted by hand', async () => {
    // <|begin_of_text|> · <|start_header_id|> system <|end_header_id|> "\n\n" · Be · " brief" · "." ·
    // <|eot_id|> · <|start_header_id|> user <|end_header_id|> "\n\n" · Hi · " there" · <|eot_id|> ·
    // <|start_header_id|> assistant <|end_header_id|> "\n\n": 1 + 4 + 3 + 1 + 4 + 2 + 1 + 4.
    const count = await countVocabularyPrompt('llama-3', 'Be brief.', 'Hi there', {}, vocabulary('llama-3'))
    expect(count).toEqual({ promptTokens: 2, systemTokens: 3, billedInputTokens: 20, systemMessageTokens: 13 })
  })

  it.each(VOCABULARY_NAMES)('%s: the laid-out request counts as the reference counts it', async (name) => {
    const own = vocabulary(name)
    for (const [system, user] of [
      ['', 'Hi'],
      ['You are terse.', FIXTURES.code!],
      [FIXTURES.rtl!, `  ${FIXTURES['special tokens']!}\n`],
    ] as const) {
      const count = await countVocabularyPrompt(name, system, user, {}, own)
      expect(count.billedInputTokens).toBe(await referenceCount(name, own.layOut(system, user)))
      expect(count.promptTokens).toBe(await referenceCount(name, user))
      expect(count.systemMessageTokens).toBe(system ? await referenceCount(name, own.prefix(system)) : 0)
      // The request holds both texts and more.
      expect(count.billedInputTokens).toBeGreaterThan(count.promptTokens + count.systemTokens)
    }
  })

  it.each<[VocabularyName, string]>([
    ['llama-3', '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nS<|eot_id|>'],
    ['deepseek-v3', '<｜begin▁of▁sentence｜>S<｜User｜>U<｜Assistant｜>'],
    ['gemma-3', '<bos><start_of_turn>user\nS\n\nU<end_of_turn>\n<start_of_turn>model\n'],
    ['mistral-tekken', '<s>[INST]S\n\nU[/INST]'],
  ])('%s lays a request out as its package template says', (name, expected) => {
    expect(vocabulary(name).layOut('S', 'U')).toContain(expected)
  })
})

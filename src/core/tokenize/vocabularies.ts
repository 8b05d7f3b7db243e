import { Template } from '@huggingface/jinja'
import { Tokenizer } from '@huggingface/tokenizers'
import type { CountRange } from './encodings.ts'
import { isSpaceBetweenLetters } from './safe-splits.ts'

/*
 * Open vocabularies, counted exactly: the models' own tokenizer.json files (as their npm
 * packages ship them, see vocabulary-files.ts) run by Hugging Face's tokenizers engine for
 * JavaScript, the same pipeline (added tokens, normalizer, pre-tokenizer, BPE) as the reference
 * Rust library that hosts run. Which models use which vocabulary is pricing data, with sources.
 */

export { VOCABULARY_NAMES, isVocabularyName, type VocabularyName } from './vocabulary-names.ts'

/** A special token as tokenizer_config.json writes it: a string or an AddedToken object. */
type SpecialToken = string | { content: string } | null | undefined

/** The parts of a package's tokenizer_config.json that laying out a chat needs. */
export interface TokenizerConfig {
  chat_template?: string
  bos_token?: SpecialToken
  eos_token?: SpecialToken
  [key: string]: unknown
}

/** What a vocabulary's package ships. */
export interface VocabularyFiles {
  tokenizer: object
  config: TokenizerConfig
}

export interface Vocabulary {
  /** Tokens of text as content: special-token strings in it are read as the engine reads them. */
  count: CountRange
  /**
   * The request as the model's chat template lays it out, with the opening of the model's
   * reply: what the provider's server tokenizes and bills. No system message when it is empty.
   */
  layOut(system: string, user: string): string
  /** Any messages, laid out as `layOut` lays out the two boxes. */
  layOutMessages(messages: readonly { role: string; content: string; name?: string }[]): string
  /** The laid-out request up to where the user's text begins: the prefix a cache can reuse. */
  prefix(system: string): string
}

export function vocabularyOf({ tokenizer, config }: VocabularyFiles): Vocabulary {
  const engine = new Tokenizer(tokenizer, config)
  // Special tokens come from the template, never added a second time.
  const countSlice = (text: string, from = 0, to = text.length) =>
    engine.encode(from === 0 && to === text.length ? text : text.slice(from, to), { add_special_tokens: false }).ids
      .length
  const count = Object.assign(countSlice, {
    // The engine counts a range in one call: in the worker, where a long one only delays the
    // next count, never the page.
    // eslint-disable-next-line require-yield
    steps: function* (text: string, from?: number, to?: number): Generator<number, number, void> {
      return countSlice(text, from, to)
    },
  }) as CountRange
  if (!config.chat_template) throw new Error('the vocabulary has no chat template')
  const template = new Template(config.chat_template)
  const special = (token: SpecialToken) => (typeof token === 'string' ? token : (token?.content ?? ''))
  const layOutMessages = (messages: readonly { role: string; content: string; name?: string }[]) =>
    template.render({
      messages: messages.map((m) => ({ ...m })),
      add_generation_prompt: true,
      bos_token: special(config.bos_token),
      eos_token: special(config.eos_token),
    })
  const layOut = (system: string, user: string) =>
    layOutMessages([...(system ? [{ role: 'system', content: system }] : []), { role: 'user', content: user }])
  return {
    count,
    layOut,
    layOutMessages,
    prefix: (system) => {
      // Templates place the system text differently (Gemma folds it into the first user turn):
      // lay out a request whose user text is a marker, and keep what comes before it.
      const request = layOut(system, USER_MARKER)
      const at = request.indexOf(USER_MARKER)
      return at < 0 ? '' : request.slice(0, at)
    },
  }
}

/** Stands in for the user's text when finding the prefix before it (no template trims it). */
const USER_MARKER = '\u0000promptmeter-user-text\u0000'

/**
 * Where a vocabulary's text can be cut and counted in parts, two rules every vocabulary here
 * honours (tests/unit/tokenize/vocabularies.test.ts checks both against the reference library):
 *
 * 1. After a line break, before a character that is neither white space (in JavaScript's sense
 *    or Unicode's), "/", "▁" (which Gemma writes for a space) nor half of a surrogate pair. The
 *    Llama 3, DeepSeek and Tekken pre-tokenizers end a white-space run at its last line break
 *    and take no line break into a word or a punctuation run's head (Tekken's punctuation runs
 *    may take line breaks and "/" after them, hence no split before "/").
 * 2. At a single space between two letters (safe-splits.ts): their letter pieces cannot take in
 *    a space, so the space starts " word", as in OpenAI's encodings.
 *
 * Gemma 3 has no pre-tokenizer: its merges could cross anything. None does here: no token of
 * its vocabulary (nor of its added tokens, which include runs of line breaks) holds a line break
 * followed by such a character, or a letter followed by "▁", which the test checks token by token.
 */
export function nextVocabularySplit(text: string, from: number, to: number): number {
  for (let p = Math.max(from, 1); p < to; p++) {
    const before = text.charCodeAt(p - 1)
    if ((before === 0x0a || before === 0x0d) && !NOT_AFTER_A_BREAK.test(text[p]!)) return p
    if (isSpaceBetweenLetters(text, p)) return p
  }
  return -1
}

const NOT_AFTER_A_BREAK = /[\s\p{White_Space}/\u2581\p{Cs}]/u

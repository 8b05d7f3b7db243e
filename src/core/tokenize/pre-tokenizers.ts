import type { EncodingName } from './encodings.ts'

/*
 * The pre-tokenizers: regular expressions that cut text into the pieces BPE merges. These are
 * OpenAI's patterns (tiktoken's `tiktoken_ext/openai_public.py`), written for JavaScript as
 * gpt-tokenizer writes them (no possessive quantifiers, which JavaScript lacks and which change
 * nothing here), with one difference that matters: tiktoken's Rust regex reads `\s` as Unicode
 * White_Space. JavaScript's `\s` also matches U+FEFF (BYTE ORDER MARK) and misses U+0085 (NEXT
 * LINE), which would split text holding them into other pieces than tiktoken does, so `\s` and
 * `\S` are spelled `\p{White_Space}` and `\P{White_Space}` here.
 */

const CONTRACTION = String.raw`'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE])`

const CL100K_WORDS = String.raw`${CONTRACTION}|[^\r\n\p{L}\p{N}]?\p{L}+`
const CL100K = String.raw`${CL100K_WORDS}|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s+$|\s*[\r\n]|\s+(?!\S)|\s`

const UPPER = String.raw`[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]`
const LOWER = String.raw`[\p{Ll}\p{Lm}\p{Lo}\p{M}]`
const O200K_WORDS = [
  String.raw`[^\r\n\p{L}\p{N}]?${UPPER}*${LOWER}+(?:${CONTRACTION})?`,
  String.raw`[^\r\n\p{L}\p{N}]?${UPPER}+${LOWER}*(?:${CONTRACTION})?`,
].join('|')
const O200K = [
  O200K_WORDS,
  String.raw`\p{N}{1,3}`,
  String.raw` ?[^\s\p{L}\p{N}]+[\r\n/]*`,
  String.raw`\s*[\r\n]+`,
  String.raw`\s+(?!\S)`,
  String.raw`\s+`,
].join('|')

const withUnicodeWhiteSpace = (pattern: string) =>
  pattern
    .replaceAll(String.raw`\s`, String.raw`\p{White_Space}`)
    .replaceAll(String.raw`\S`, String.raw`\P{White_Space}`)

/** Each encoding's pre-tokenizer, as a source for `new RegExp(source, 'uy')`. */
export const PRE_TOKENIZER_PATTERNS: Record<EncodingName, string> = {
  o200k_base: withUnicodeWhiteSpace(O200K),
  cl100k_base: withUnicodeWhiteSpace(CL100K),
}

/**
 * The leading alternatives that match words (and, in cl100k_base, contractions), which
 * letter-pieces.ts matches by hand; its tests compare the two.
 */
export const WORD_PATTERNS: Record<EncodingName, string> = {
  o200k_base: withUnicodeWhiteSpace(O200K_WORDS),
  cl100k_base: withUnicodeWhiteSpace(CL100K_WORDS),
}

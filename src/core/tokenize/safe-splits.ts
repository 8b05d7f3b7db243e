import { classesOf, LETTER, LOWER_SIDE, UPPER_SIDE } from './character-classes.ts'
import type { EncodingName } from './encodings.ts'

/*
 * Where can text be cut so that counting the parts apart gives the same total as counting the
 * whole? Exactly where the pre-tokenizer always starts a new piece, whatever surrounds it. Its
 * patterns have no lookbehind, so a piece starting at p depends only on the text from p on;
 * what must hold is that the piece holding text[p − 1] ends at p. Every character belongs to
 * some piece, so that piece is known by text[p − 1]. Three rules, in the patterns of
 * gpt-tokenizer's o200k_base and cl100k_base (with \s as Unicode White_Space, as tiktoken):
 *
 * 1. After a line break, before a character that is neither white space nor "/": a break ends
 *    a white-space piece (`\s*[\r\n]+`; cl100k: `\s*[\r\n]`, `\s+$`), or the tail of a
 *    punctuation piece (` ?[^\s\p{L}\p{N}]+[\r\n/]*`, which may run on into "/" or more breaks).
 * 2. At a single space between two letters: a letter piece cannot take in a space (its optional
 *    one-character prefix comes first), so it ends; the space starts " word".
 * 3. o200k_base only: between a lower-case letter (Ll) and an upper- or title-case one (Lu, Lt).
 *    Its letter pieces are [upper…]*[lower…]+ or [upper…]+[lower…]*: once lower case has begun,
 *    an upper-case letter starts a new piece ("camelCase" → "camel", "Case"). cl100k_base's
 *    `\p{L}+` keeps them together, so not there.
 * Digits are never cut: `\p{N}{1,3}` groups them from the left. Characters outside the Basic
 * Multilingual Plane are never next to a cut (a surrogate is not classified): fewer cuts, never a
 * wrong one. tests/unit/tokenize/safe-splits.test.ts checks the rules against tiktoken.
 */

/**
 * Characters read on each side of a part of a text cut out to be counted or shown on its own:
 * a split, and the piece that ends at one, are decided by a character or two next to it (here
 * and in vocabularies.ts's rule); the rest are spare.
 */
export const SPLIT_CONTEXT_CHARS = 8

const WHITE_SPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
])
const SLASH = 0x2f

// Classes of one UTF-16 code unit: a surrogate, alone, is in none (character-classes.ts).
const isLetter = (code: number) => (classesOf(code) & LETTER) !== 0
/** Ll: o200k_base's lower side of a word without its upper side. */
const isLower = (code: number) => (classesOf(code) & (UPPER_SIDE | LOWER_SIDE)) === LOWER_SIDE
/** Lu, Lt: its upper side without its lower side. */
const isUpper = (code: number) => (classesOf(code) & (UPPER_SIDE | LOWER_SIDE)) === UPPER_SIDE

/** True when counting text[0, p) and text[p, end) apart gives the count of the whole. */
export function isSafeSplit(text: string, p: number, encoding: EncodingName): boolean {
  if (p <= 0 || p >= text.length) return false
  const before = text.charCodeAt(p - 1)
  const at = text.charCodeAt(p)
  if (before === 0x0a || before === 0x0d) return !WHITE_SPACE.has(at) && at !== SLASH
  if (at === 0x20) return isSpaceBetweenLetters(text, p)
  return encoding === 'o200k_base' && isLower(before) && isUpper(at)
}

/** Rule 2: text[p] is a single space between two letters (vocabularies.ts uses it too). */
export const isSpaceBetweenLetters = (text: string, p: number): boolean =>
  p > 0 &&
  p + 1 < text.length &&
  text.charCodeAt(p) === 0x20 &&
  isLetter(text.charCodeAt(p - 1)) &&
  isLetter(text.charCodeAt(p + 1))

/** The first safe split at or after `from` and before `to`, or -1. */
export function nextSafeSplit(text: string, from: number, to: number, encoding: EncodingName): number {
  for (let p = Math.max(from, 1); p < to; p++) if (isSafeSplit(text, p, encoding)) return p
  return -1
}

/** The last safe split at or before `from` and after `after`, or `after` where there is none. */
export function previousSafeSplit(text: string, from: number, after: number, encoding: EncodingName): number {
  for (let p = Math.min(from, text.length - 1); p > after; p--) if (isSafeSplit(text, p, encoding)) return p
  return after
}

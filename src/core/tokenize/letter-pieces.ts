import { classesOf, LETTER, LOWER_SIDE, NUMBER, UPPER_SIDE } from './character-classes.ts'
import type { EncodingName } from './encodings.ts'

/*
 * The pre-tokenizer's word alternatives, matched by hand. A regular expression takes Chromium
 * about half a second to match one word of two million CJK characters or Cyrillic letters
 * (its Unicode classes are looked up character by character inside one native call); this scan
 * over a per-code-point table takes a few milliseconds. It follows the patterns' own matching
 * order step by step (optional prefix tried taken first, greedy runs, backtracking), so it finds
 * the piece the regular expression finds; tests/unit/tokenize/letter-pieces.test.ts checks it
 * against the regular expression at every position of random text.
 *
 * It answers only where a word alternative matches and returns -1 elsewhere: there the regular
 * expression's other alternatives decide, and they fail or succeed within a character or two
 * whenever the word alternatives did not match.
 */

/** The end of the word piece that starts at `start`, or -1 where the piece there is not a word. */
export type LetterPieceEnd = (text: string, start: number) => number

export const LETTER_PIECE_ENDS: Record<EncodingName, LetterPieceEnd> = {
  /**
   * `P?U*L+C?` then `P?U+L*C?`, where P is `[^\r\n\p{L}\p{N}]`, U and L o200k_base's upper and
   * lower sides of a word (character-classes.ts) and C a contraction.
   */
  o200k_base(text, start) {
    const prefixed = afterPrefix(text, start)
    // Most pieces that are not words (digits, punctuation, spaces) are turned away here.
    if (!startsWord(text, start, WORD_SIDES) && !startsWord(text, prefixed, WORD_SIDES)) return -1
    // The optional prefix is tried taken first, then left out, for each alternative in turn.
    let end = prefixed < 0 ? -1 : upperThenLowerEnd(text, prefixed)
    if (end < 0) end = upperThenLowerEnd(text, start)
    if (end < 0 && prefixed >= 0) end = upperRunThenLowerEnd(text, prefixed)
    if (end < 0) end = upperRunThenLowerEnd(text, start)
    return end < 0 ? -1 : withContraction(text, end)
  },
  /** A contraction, then `P?\p{L}+`. */
  cl100k_base(text, start) {
    const contraction = withContraction(text, start)
    if (contraction > start) return contraction
    const prefixed = afterPrefix(text, start)
    const end = prefixed < 0 ? prefixed : runEnd(text, prefixed, LETTER)
    if (end > prefixed) return end
    // Without the prefix: a word must start here, but the prefix is never a letter.
    const word = runEnd(text, start, LETTER)
    return word > start ? word : -1
  },
}

const WORD_SIDES = UPPER_SIDE | LOWER_SIDE

/** True when the character at `at` (-1: none) is in one of `classes`. */
const startsWord = (text: string, at: number, classes: number) =>
  at >= 0 && at < text.length && (classesAt(text, at) & classes) !== 0

/** Where `U*L+` matching at `from` ends, or -1: the L run starts at the last place it can. */
function upperThenLowerEnd(text: string, from: number): number {
  let x = runEnd(text, from, UPPER_SIDE)
  // U* gives back one character at a time until L+ can match where it stopped.
  for (;;) {
    if (x < text.length && (classesAt(text, x) & LOWER_SIDE) !== 0) return runEnd(text, x, LOWER_SIDE)
    if (x <= from) return -1
    // One code unit back: between the halves of a surrogate pair it reads a lone half, in no
    // class, and goes on to the pair's start.
    x--
  }
}

/** Where `U+L*` matching at `from` ends, or -1. */
function upperRunThenLowerEnd(text: string, from: number): number {
  const upperEnd = runEnd(text, from, UPPER_SIDE)
  return upperEnd > from ? runEnd(text, upperEnd, LOWER_SIDE) : -1
}

/** Past the optional one-character prefix `[^\r\n\p{L}\p{N}]` at `start`, or -1 if none is there. */
function afterPrefix(text: string, start: number): number {
  if (start >= text.length) return -1
  const code = text.charCodeAt(start)
  if (code === 0x0a || code === 0x0d) return -1
  const codePoint = text.codePointAt(start)!
  if ((classesOf(codePoint) & (LETTER | NUMBER)) !== 0) return -1
  return start + (codePoint > 0xffff ? 2 : 1)
}

/** The end of the run of characters in `classes` from `from`. */
function runEnd(text: string, from: number, classes: number): number {
  const length = text.length
  let i = from
  while (i < length) {
    const code = text.charCodeAt(i)
    if (code < 0xd800 || code > 0xdfff) {
      if ((classesOf(code) & classes) === 0) break
      i++
    } else {
      const codePoint = text.codePointAt(i)!
      if (codePoint <= 0xffff || (classesOf(codePoint) & classes) === 0) break
      i += 2
    }
  }
  return i
}

const classesAt = (text: string, at: number) => classesOf(text.codePointAt(at)!)

/** `end` moved past a contraction there (`'s`, `'d`, `'m`, `'t`, `'ll`, `'ve`, `'re`, any case). */
function withContraction(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x27) return end
  const a = text.charCodeAt(end + 1) | 0x20
  if (a === 0x73 || a === 0x64 || a === 0x6d || a === 0x74) return end + 2
  const b = text.charCodeAt(end + 2) | 0x20
  if ((a === 0x6c && b === 0x6c) || (a === 0x76 && b === 0x65) || (a === 0x72 && b === 0x65)) return end + 3
  return end
}

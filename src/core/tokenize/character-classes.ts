/*
 * The Unicode classes the pre-tokenizers ask about, worked out once per code point with the
 * same `\p{…}` tests the patterns use (pre-tokenizers.ts), so a hand-written scan over them
 * agrees with the regular expression by construction. A lone surrogate is in none of them, as
 * in the patterns.
 */

/** `\p{L}` */
export const LETTER = 1
/** `\p{N}` */
export const NUMBER = 2
/** o200k_base's upper side of a word, `[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]` */
export const UPPER_SIDE = 4
/** o200k_base's lower side of a word, `[\p{Ll}\p{Lm}\p{Lo}\p{M}]` */
export const LOWER_SIDE = 8
const KNOWN = 128

const basic = new Uint8Array(0x10000)
const astral = new Map<number, number>()

function classify(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint)
  return (
    KNOWN |
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{N}/u.test(ch) ? NUMBER : 0) |
    (/[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]/u.test(ch) ? UPPER_SIDE : 0) |
    (/[\p{Ll}\p{Lm}\p{Lo}\p{M}]/u.test(ch) ? LOWER_SIDE : 0)
  )
}

/** The class bits of a code point (a UTF-16 code unit below U+10000). */
export function classesOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let c = basic[codePoint]!
    if (c === 0) basic[codePoint] = c = classify(codePoint)
    return c
  }
  let c = astral.get(codePoint)
  if (c === undefined) astral.set(codePoint, (c = classify(codePoint)))
  return c
}

export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

/** True where text[at] and text[at + 1] are one character of two UTF-16 code units. */
export function isSurrogatePair(text: string, at: number): boolean {
  const low = text.charCodeAt(at + 1)
  return isHighSurrogate(text.charCodeAt(at)) && low >= 0xdc00 && low <= 0xdfff
}

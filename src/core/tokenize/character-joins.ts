/**
 * Which pairs of adjacent characters some token of an encoding holds: where a piece of text falls
 * apart into parts that merge alone.
 *
 * Byte-pair merging only ever makes tokens: each part it joins is one, so the first part to cross
 * the place between two characters would be a token spanning it. Where no token of the encoding
 * can span that place, no merge crosses it, and the two sides merge to the same tokens apart as
 * together. A token spans the place between characters `a` and `b` only if it holds `a` then `b`
 * (a token of whole characters), or the last byte of `a` then the first byte of `b` (a token that
 * splits a character). In CJK and emoji most places are free: their pieces are long runs, which
 * then merge as short parts that come back again and again (and are cached).
 *
 * Pairs of whole characters are kept as bits picked by a hash: a collision can only keep a place
 * joined that was free (the piece then merges as one), never free one that is not. Only pairs with
 * a non-ASCII character are kept; a place between two ASCII characters always counts as joined.
 */
export class CharacterJoins {
  /** One bit per hashed pair of code points: 2^20 bits, for some 20,000 pairs in o200k_base. */
  readonly #pairBits = new Int32Array(PAIR_BITS >>> 5)
  /** Byte pairs inside tokens that split a character. */
  readonly #bytePairs = new Uint8Array(256 * 256)

  /** Notes the pairs of a token of whole characters. */
  addText(token: string): void {
    let previous = -1
    for (let i = 0; i < token.length;) {
      const code = token.codePointAt(i)!
      if (previous >= 0 && (previous >= 0x80 || code >= 0x80)) {
        const bit = pairHash(previous, code)
        this.#pairBits[bit >>> 5]! |= 1 << (bit & 31)
      }
      previous = code
      i += code > 0xffff ? 2 : 1
    }
  }

  /** Notes the byte pairs of a token that splits a character. */
  addBytes(token: Uint8Array): void {
    for (let i = 0; i + 1 < token.length; i++) this.#bytePairs[(token[i]! << 8) | token[i + 1]!] = 1
  }

  /**
   * False when no token holds the code point `a` followed by `b`: a piece falls apart between
   * them. True when one may (and always for two ASCII characters, or a lone surrogate).
   */
  mayJoin(a: number, b: number): boolean {
    if ((a < 0x80 && b < 0x80) || isSurrogate(a) || isSurrogate(b)) return true
    const bit = pairHash(a, b)
    if ((this.#pairBits[bit >>> 5]! & (1 << (bit & 31))) !== 0) return true
    return this.#bytePairs[(lastUtf8Byte(a) << 8) | firstUtf8Byte(b)] === 1
  }
}

const PAIR_BITS = 1 << 20

function pairHash(a: number, b: number): number {
  const hash = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)
  return (hash ^ (hash >>> 13)) & (PAIR_BITS - 1)
}

/** A lone surrogate is written as U+FFFD: such places are left joined. */
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff

function firstUtf8Byte(code: number): number {
  if (code < 0x80) return code
  if (code < 0x800) return 0xc0 | (code >> 6)
  if (code < 0x10000) return 0xe0 | (code >> 12)
  return 0xf0 | (code >> 18)
}

const lastUtf8Byte = (code: number) => (code < 0x80 ? code : 0x80 | (code & 0x3f))

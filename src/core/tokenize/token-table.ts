import { packAscii, PACKED_CHARS, type PackedAscii } from './ascii-pieces.ts'
import { CharacterJoins } from './character-joins.ts'

/**
 * An encoding's rank data as published (gpt-tokenizer's `bpeRanks/<encoding>` modules): the
 * token of each rank, as its text where the token is whole UTF-8 characters, else as its bytes.
 * An index may be empty where a rank is unused.
 */
export type RankData = readonly (string | readonly number[] | undefined)[]

/**
 * An encoding's tokens, found by a range of a string or of UTF-8 bytes: no substring is cut, and a
 * miss (most lookups while merging) costs a hash of a few characters and one or two reads of a
 * typed array. Looking up `text.slice(start, end)` in a Map of 200,000 strings costs a new
 * string, its hash and several scattered reads; on a megabyte of base64, which needs about a
 * million lookups, that was half of all the time.
 *
 * The table holds (hash, rank) pairs with linear probing, at least twice as many slots as
 * tokens. A hash match is checked against the token's text, so a collision can never give a
 * wrong rank: a range has a rank here exactly when its substring is a token.
 *
 * Tokens that are not whole UTF-8 characters (a byte range that splits a character, as the
 * merge of CJK text starts with) have a table of their own, keyed by bytes.
 */
export class TokenTable {
  /** The longest token, in UTF-16 code units: no longer range can be a token. */
  readonly maxLength: number
  /** The longest token, in UTF-8 bytes. */
  readonly maxBytes: number
  readonly #byText: Slots
  /** Token text by rank. */
  readonly #texts: string[] = []
  readonly #byBytes: Slots
  /** Token bytes by rank, for the tokens that are not whole characters. */
  readonly #bytes: Uint8Array[] = []
  /** Ranks of two-character ASCII tokens by their character codes: every merge starts from pairs. */
  readonly #asciiPairs = new Float64Array(128 * 128).fill(Infinity)
  /**
   * Ranks of two-byte tokens by their bytes, whole characters or not: every merge of non-ASCII
   * text starts from its byte pairs, which no hash need find.
   */
  readonly #bytePairs = new Float64Array(256 * 256).fill(Infinity)
  /** The ASCII tokens of 2–8 characters, by their packed characters (ascii-pieces.ts), once built. */
  #shortAscii: PackedSlots | undefined
  /** Which adjacent characters some token holds: where a piece falls apart (character-joins.ts). */
  readonly joins = new CharacterJoins()

  /**
   * The table of an encoding's published rank data. A token the data gives as bytes that are
   * whole characters after all (the tokens that start with U+FEFF, as the data keeps them) is
   * looked up by its text, as every other whole-character range is: keyed by its bytes it could
   * never be found. Its leading U+FEFF is kept (`ignoreBOM`), or "\ufeffusing" would be "using".
   */
  static fromRankData(data: RankData): TokenTable {
    // By rank in plain arrays: a Map of 200,000 strings cost a third of the table's build.
    const texts: (string | undefined)[] = []
    const byBytes: [Uint8Array, number][] = []
    for (let rank = 0; rank < data.length; rank++) {
      const token = data[rank]
      if (typeof token === 'string') texts[rank] = token
      else if (token !== undefined) {
        const bytes = Uint8Array.from(token)
        const text = wholeCharacters(bytes)
        if (text === undefined) byBytes.push([bytes, rank])
        else texts[rank] = text
      }
    }
    return new TokenTable(texts, byBytes)
  }

  /**
   * `texts`: the text of each rank whose token is whole characters (none for the others);
   * `byBytes`: the others, by their bytes. A text is one rank's only (as in every encoding).
   */
  constructor(texts: readonly (string | undefined)[], byBytes: readonly (readonly [Uint8Array, number])[]) {
    let maxLength = 0
    let maxBytes = 0
    let textCount = 0
    for (const text of texts) if (text !== undefined) textCount++
    this.#byText = new Slots(textCount)
    // Built on every visit before the first count: one pass over the tokens, each read twice
    // (its hash, its UTF-8 length, which also says whether it is ASCII).
    for (let rank = 0; rank < texts.length; rank++) {
      const text = texts[rank]
      if (text === undefined) continue
      const bytes = utf8Length(text)
      maxLength = Math.max(maxLength, text.length)
      maxBytes = Math.max(maxBytes, bytes)
      this.#texts[rank] = text
      this.#byText.add(hashRange(text, 0, text.length), rank)
      if (bytes !== text.length) this.joins.addText(text)
      else if (bytes === 2) this.#asciiPairs[(text.charCodeAt(0) << 7) | text.charCodeAt(1)] = rank
      if (bytes === 2) {
        const [first, second] = utf8.encode(text)
        this.#bytePairs[(first! << 8) | second!] = rank
      }
    }
    this.#byBytes = new Slots(byBytes.length)
    for (const [bytes, rank] of byBytes) {
      maxBytes = Math.max(maxBytes, bytes.length)
      if (bytes.length === 2) this.#bytePairs[(bytes[0]! << 8) | bytes[1]!] = rank
      this.#bytes[rank] = bytes
      this.joins.addBytes(bytes)
      this.#byBytes.add(hashRange(bytes, 0, bytes.length), rank)
    }
    this.maxLength = maxLength
    this.maxBytes = maxBytes
  }

  /** The length of a token in UTF-8 bytes. */
  byteLength(rank: number): number {
    const text = this.#texts[rank]
    if (text !== undefined) return utf8Length(text)
    const bytes = this.#bytes[rank]
    if (bytes === undefined) throw new Error(`no token has rank ${rank}`)
    return bytes.length
  }

  /** Rank of the text[start..end), or Infinity when it is not one token. */
  rank(text: string, start: number, end: number): number {
    const length = end - start
    if (length === 2) {
      const first = text.charCodeAt(start)
      const second = text.charCodeAt(start + 1)
      if ((first | second) < 128) return this.#asciiPairs[(first << 7) | second]!
    }
    return length > this.maxLength ? Infinity : this.rankOfHashed(text, start, end, hashRange(text, start, end))
  }

  /** As `rank`, for a range no longer than `maxLength` whose `hashRange` is known. */
  rankOfHashed(text: string, start: number, end: number, hash: number): number {
    const length = end - start
    const { entries, mask } = this.#byText
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const rank = entries[2 * slot + 1]!
      if (rank < 0) return Infinity
      if (entries[2 * slot] === hash) {
        const token = this.#texts[rank]!
        if (token.length === length && text.startsWith(token, start)) return rank
      }
    }
  }

  /** Whether `rankOfPacked` can be asked (`packShortAscii` has run). */
  get packed(): boolean {
    return this.#shortAscii !== undefined
  }

  /**
   * Builds the lookup of `rankOfPacked`. Not done with the rest of the table: it takes 15–25 ms
   * the first time, which the first count on a page need not wait for (encodings.ts).
   */
  packShortAscii(): void {
    if (this.#shortAscii) return
    const ranks: number[] = []
    this.#texts.forEach((text, rank) => {
      if (text.length >= 2 && text.length <= PACKED_CHARS && isAscii(text, 0, text.length)) ranks.push(rank)
    })
    const slots = new PackedSlots(ranks.length)
    const packed: PackedAscii = { low: 0, high: 0 }
    for (const rank of ranks) {
      const text = this.#texts[rank]!
      packAscii(text, 0, text.length, packed)
      slots.add(packed.low, packed.high, rank)
    }
    this.#shortAscii = slots
  }

  /** Rank of the ASCII piece of 2–8 characters packed as (low, high) (ascii-pieces.ts), or -1. Once `packed`. */
  rankOfPacked(low: number, high: number): number {
    const { entries, mask } = this.#shortAscii!
    for (let slot = packedHash(low, high) & mask; ; slot = (slot + 1) & mask) {
      const at = 3 * slot
      const rank = entries[at + 2]!
      if (rank < 0 || (entries[at] === low && entries[at + 1] === high)) return rank
    }
  }

  /** Rank of the two bytes at bytes[start], whole characters or not, or Infinity when they are not one token. */
  rankOfBytePair(bytes: Uint8Array, start: number): number {
    return this.#bytePairs[(bytes[start]! << 8) | bytes[start + 1]!]!
  }

  /**
   * Rank of the bytes[start..end) that split a character (no string holds them), or Infinity
   * when they are not one token.
   */
  rankOfPartialCharacters(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start
    const hash = hashRange(bytes, start, end)
    const { entries, mask } = this.#byBytes
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const rank = entries[2 * slot + 1]!
      if (rank < 0) return Infinity
      if (entries[2 * slot] === hash) {
        const token = this.#bytes[rank]!
        if (token.length === length && sameBytes(token, bytes, start)) return rank
      }
    }
  }
}

/**
 * Slots of `width` integers for linear probing, at least twice as many as entries, their last
 * integer the rank (-1 in an empty slot). A slot's integers are side by side: a lookup in a
 * table of megabytes reads one cache line, not two.
 */
abstract class ProbedSlots {
  readonly mask: number
  readonly entries: Int32Array

  constructor(
    entries: number,
    readonly width: number,
  ) {
    const slots = 2 ** Math.ceil(Math.log2(2 * entries + 1))
    this.mask = slots - 1
    this.entries = new Int32Array(width * slots).fill(-1)
  }

  /** The first empty slot from the one `hash` picks, as the offset of its first integer. */
  protected free(hash: number): number {
    let slot = hash & this.mask
    while (this.entries[this.width * slot + this.width - 1] !== -1) slot = (slot + 1) & this.mask
    return this.width * slot
  }
}

/** (hash, rank) pairs: slot i's hash at 2i and rank at 2i + 1. */
class Slots extends ProbedSlots {
  constructor(entries: number) {
    super(entries, 2)
  }

  add(hash: number, rank: number): void {
    const at = this.free(hash)
    this.entries[at] = hash
    this.entries[at + 1] = rank
  }
}

/**
 * (low, high, rank) triples of packed ASCII pieces (ascii-pieces.ts): slot i's low at 3i, high
 * at 3i + 1, rank at 3i + 2. A match is exact, with no string to compare.
 */
class PackedSlots extends ProbedSlots {
  constructor(entries: number) {
    super(entries, 3)
  }

  add(low: number, high: number, rank: number): void {
    const at = this.free(packedHash(low, high))
    this.entries[at] = low
    this.entries[at + 1] = high
    this.entries[at + 2] = rank
  }
}

/** A hash of a packed piece (ascii-pieces.ts), its low bits mixed from all of both halves. */
export function packedHash(low: number, high: number): number {
  const hash = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b)
  return hash ^ (hash >>> 15)
}

/**
 * FNV-1a over UTF-16 code units or bytes, with the high bits folded in (the table index is the
 * low bits).
 */
export function hashRange(units: string | Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5
  if (typeof units === 'string')
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ units.charCodeAt(i), 0x01000193)
  else for (let i = start; i < end; i++) hash = Math.imul(hash ^ units[i]!, 0x01000193)
  return hash ^ (hash >>> 15)
}

/** Whether `bytes` from `start` begin with all of `token`. */
function sameBytes(token: Uint8Array, bytes: Uint8Array, start: number): boolean {
  for (let i = 0; i < token.length; i++) if (token[i] !== bytes[start + i]) return false
  return true
}

/** UTF-8 length of a well-formed string (tokens have no lone surrogates). */
function utf8Length(text: string): number {
  let bytes = text.length
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // A surrogate pair is 2 units and 4 bytes: its high half adds 1, its low half 1.
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2
  }
  return bytes
}

export function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 127) return false
  return true
}

const utf8 = new TextEncoder()
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The text of bytes that are whole UTF-8 characters; undefined for any other bytes. */
function wholeCharacters(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return undefined
  }
}

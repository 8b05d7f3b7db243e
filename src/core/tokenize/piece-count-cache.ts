import { packedHash } from './token-table.ts'

/** An empty slot's packed piece: a packed piece's `low` is 28 bits, never negative. */
const EMPTY = -1

/**
 * Token counts of recently merged pieces, found by their range of the text being counted.
 * Text repeats its words: in English, three in four of the pieces that are not one token come
 * back. The cache is direct-mapped: a piece goes in the slot its hash picks, in place of what
 * was there.
 * A lookup costs one read of a typed array, a hit one string comparison, and nothing grows:
 * gpt-tokenizer's own cache, a Map that evicts one entry at a time once full, made a second
 * count of a megabyte of base64 several times slower than the first.
 */
export class PieceCountCache {
  readonly #mask: number
  /** The hash last offered to each slot. */
  readonly #hashes: Int32Array
  readonly #counts: Int32Array
  #pieces: (string | undefined)[]
  /** Packed ASCII pieces of 2–8 characters: (low, high, count) per slot, found by `packedHash`. */
  readonly #packed: Int32Array

  constructor(slots = 8192) {
    this.#mask = slots - 1
    this.#hashes = new Int32Array(slots)
    this.#counts = new Int32Array(slots)
    this.#pieces = new Array<string | undefined>(slots)
    this.#packed = new Int32Array(3 * slots).fill(EMPTY)
  }

  /** The count of text[start..end), whose `hashRange` is `hash`; -1 when not cached. */
  get(text: string, start: number, end: number, hash: number): number {
    const slot = hash & this.#mask
    const piece = this.#pieces[slot]
    return this.#hashes[slot] === hash &&
      piece !== undefined &&
      piece.length === end - start &&
      text.startsWith(piece, start)
      ? this.#counts[slot]!
      : -1
  }

  /**
   * Offers the count of text[start..end). A piece is kept the second time in a row its slot
   * sees its hash; the first time only the hash is: most pieces of a base64 blob never come
   * back, and cutting each out of the text to keep it cost more than the hits saved.
   */
  set(text: string, start: number, end: number, hash: number, count: number): void {
    const slot = hash & this.#mask
    if (this.#hashes[slot] !== hash) {
      // The piece and count left in the slot still belong together: `get` stays exact.
      this.#hashes[slot] = hash
      return
    }
    this.#counts[slot] = count
    this.#pieces[slot] = text.slice(start, end)
  }

  /** The count of the ASCII piece packed as (low, high) (ascii-pieces.ts); -1 when not cached. */
  getPacked(low: number, high: number): number {
    const at = 3 * (packedHash(low, high) & this.#mask)
    const packed = this.#packed
    return packed[at] === low && packed[at + 1] === high ? packed[at + 2]! : -1
  }

  /** Keeps the count of a packed piece: no string is cut out, so it is kept at once. */
  setPacked(low: number, high: number, count: number): void {
    const at = 3 * (packedHash(low, high) & this.#mask)
    const packed = this.#packed
    packed[at] = low
    packed[at + 1] = high
    packed[at + 2] = count
  }

  clear(): void {
    this.#packed.fill(EMPTY)
    this.#hashes.fill(0)
    this.#pieces = new Array<string | undefined>(this.#pieces.length)
  }
}

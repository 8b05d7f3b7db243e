import { expect, it } from 'vitest'
import { PieceCountCache } from '../../../src/core/tokenize/piece-count-cache.ts'
import { hashRange } from '../../../src/core/tokenize/token-table.ts'
import { packAscii, type PackedAscii } from '../../../src/core/tokenize/ascii-pieces.ts'

const text = 'xx abcdef abcdeg'
const first = [3, 9] as const
const second = [10, 16] as const
const hashOf = ([start, end]: readonly [number, number]) => hashRange(text, start, end)

it('keeps a piece the second time it is offered in a row, and finds it by its range', () => {
  const cache = new PieceCountCache(16)
  expect(cache.get(text, ...first, hashOf(first))).toBe(-1)
  cache.set(text, ...first, hashOf(first), 2)
  expect(cache.get(text, ...first, hashOf(first))).toBe(-1)
  cache.set(text, ...first, hashOf(first), 2)
  expect(cache.get(text, ...first, hashOf(first))).toBe(2)
  expect(cache.get(`${text} abcdef`, 17, 23, hashOf(first))).toBe(2)
  cache.clear()
  expect(cache.get(text, ...first, hashOf(first))).toBe(-1)
  // Cleared means cold: the piece is again kept only when seen twice.
  cache.set(text, ...first, hashOf(first), 2)
  expect(cache.get(text, ...first, hashOf(first))).toBe(-1)
})

it('never gives one piece’s count for another, whatever the hashes', () => {
  // One slot: every piece lands in it.
  const cache = new PieceCountCache(1)
  cache.set(text, ...first, hashOf(first), 2)
  cache.set(text, ...first, hashOf(first), 2)
  // Another piece of the same length under the same hash (a collision) is not the cached one.
  expect(cache.get(text, ...second, hashOf(first))).toBe(-1)
  // A new piece seen once moves the slot's hash on; the old piece is no longer found by its own.
  cache.set(text, ...second, hashOf(second), 3)
  expect(cache.get(text, ...first, hashOf(first))).toBe(-1)
  expect(cache.get(text, ...second, hashOf(second))).toBe(-1)
  cache.set(text, ...second, hashOf(second), 3)
  expect(cache.get(text, ...second, hashOf(second))).toBe(3)
})

it('keeps a packed ASCII piece at once, finds it by its packed characters only, and forgets it when cleared', () => {
  const cache = new PieceCountCache(16)
  const packed = (piece: string) => {
    const out: PackedAscii = { low: 0, high: 0 }
    packAscii(piece, 0, piece.length, out)
    return [out.low, out.high] as const
  }
  expect(cache.getPacked(...packed('abcdef'))).toBe(-1)
  cache.setPacked(...packed('abcdef'), 2)
  expect(cache.getPacked(...packed('abcdef'))).toBe(2)
  // One slot: a piece that lands in it is not taken for the one kept there.
  const one = new PieceCountCache(1)
  one.setPacked(...packed('abcdef'), 2)
  expect(one.getPacked(...packed('abcdeg'))).toBe(-1)
  cache.clear()
  expect(cache.getPacked(...packed('abcdef'))).toBe(-1)
  // An empty slot is no piece's, not even the one whose packed halves are all zeros or all ones.
  expect(cache.getPacked(0, 0)).toBe(-1)
  expect(cache.getPacked(-1, -1)).toBe(-1)
})

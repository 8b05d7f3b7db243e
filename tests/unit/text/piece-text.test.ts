import fc from 'fast-check'
import { expect, it } from 'vitest'
import { PieceText } from '../../../src/core/text/piece-text.ts'
import { assertProperty } from '../property.ts'

const edit = fc.record({ a: fc.nat(), b: fc.nat(), insert: fc.string({ unit: 'grapheme', maxLength: 3000 }) })

it('after any edits, holds the text a plain slice-and-join gives', () => {
  assertProperty(
    fc.property(fc.string({ maxLength: 5000 }), fc.array(edit, { maxLength: 200 }), (start, edits) => {
      const pieces = new PieceText(start)
      let plain = start
      for (const { a, b, insert } of edits) {
        const from = plain.length === 0 ? 0 : a % (plain.length + 1)
        const to = from + (plain.length === from ? 0 : b % (plain.length - from + 1))
        pieces.replace(from, to, insert)
        plain = plain.slice(0, from) + insert + plain.slice(to)
        expect(pieces.text).toBe(plain)
      }
    }),
    { numRuns: 300 },
  )
})

it('reads any part as a plain slice does, and an edited copy leaves the original as it was', () => {
  assertProperty(
    fc.property(
      fc.string({ maxLength: 5000 }),
      fc.array(fc.record({ edit, read: fc.tuple(fc.nat(), fc.nat()) }), { maxLength: 100 }),
      (start, steps) => {
        let pieces = new PieceText(start)
        let plain = start
        for (const {
          edit: { a, b, insert },
          read,
        } of steps) {
          const from = plain.length === 0 ? 0 : a % (plain.length + 1)
          const to = from + (plain.length === from ? 0 : b % (plain.length - from + 1))
          const copy = pieces.edited(from, to, insert)
          expect(pieces.text).toBe(plain)
          plain = plain.slice(0, from) + insert + plain.slice(to)
          pieces = copy
          const [x, y] = read.map((n) => n % (plain.length + 1)).sort((m, n) => m - n) as [number, number]
          expect(pieces.slice(x, y)).toBe(plain.slice(x, y))
        }
      },
    ),
    { numRuns: 300 },
  )
})

it('keeps few pieces: typing in one place adds none, scattered edits are joined past 64', () => {
  const text = new PieceText('x'.repeat(100_000))
  for (let i = 0; i < 500; i++) text.replace(50_000 + i, 50_000 + i, 'y')
  expect(text.pieceCount).toBe(3)
  for (let i = 0; i < 500; i++) text.replace(i * 150, i * 150 + 1, 'z')
  expect(text.pieceCount).toBeLessThanOrEqual(64)
  expect(text.text.length).toBe(100_500)
})

it('refuses a range outside the text', () => {
  expect(() => new PieceText('abc').replace(2, 4, 'x')).toThrow(RangeError)
  expect(() => new PieceText('abc').replace(2, 1, 'x')).toThrow(RangeError)
})

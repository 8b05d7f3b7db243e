import fc from 'fast-check'
import { expect, it } from 'vitest'
import { plainDecimal } from '../../../src/core/format/plain-decimal.ts'
import { assertProperty } from '../property.ts'

it('writes small and large numbers without an exponent', () => {
  expect(plainDecimal(1e-7)).toBe('0.0000001')
  expect(plainDecimal(1.5e-10)).toBe('0.00000000015')
  expect(plainDecimal(-2.5e-7)).toBe('-0.00000025')
  expect(plainDecimal(1e21)).toBe('1000000000000000000000')
  expect(plainDecimal(1.25e22)).toBe('12500000000000000000000')
  expect(plainDecimal(33.333)).toBe('33.333')
  expect(plainDecimal(0)).toBe('0')
})

it('reads back as the same number, for any finite double', () => {
  assertProperty(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      const text = plainDecimal(x)
      expect(text).toMatch(/^-?\d+(\.\d+)?$/)
      expect(Number(text)).toBe(x === 0 ? 0 : x)
    }),
    { numRuns: 2000 },
  )
})

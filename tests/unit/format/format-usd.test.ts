import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatInteger, formatMonthlyUsd, formatRequestUsd } from '../../../src/core/format/format-usd.ts'
import { assertProperty } from '../property.ts'

describe('formatRequestUsd: at least three significant digits', () => {
  it.each([
    [0.000675, '$0.000675'],
    [0.0112, '$0.0112'],
    [0.765, '$0.765'],
    [0.0003369, '$0.000337'],
    [0.1 + 0.2, '$0.300'],
    [12.345, '$12.35'],
    [1234.5, '$1,234.50'],
    [0, '$0'],
  ])('%s → %s', (value, shown) => {
    expect(formatRequestUsd(value)).toBe(shown)
  })
})

describe('formatMonthlyUsd: cents with separators, never $0.00 for a non-zero cost', () => {
  it.each([
    [675, '$675.00'],
    [1234567.891, '$1,234,567.89'],
    [0.005, '$0.00500'],
    [0.000123456, '$0.000123'],
    [0.01, '$0.01'],
    [0, '$0.00'],
    // 1.005 is stored as 1.00499999999999989…; by the formula it is exactly 1.005 and rounds up.
    [1.005, '$1.01'],
    [0.615 * 100, '$61.50'],
  ])('%s → %s', (value, shown) => {
    expect(formatMonthlyUsd(value)).toBe(shown)
  })
})

it('formatInteger groups thousands', () => {
  expect(formatInteger(1234567)).toBe('1,234,567')
})

describe('monthly figures are exact to the cent up to $10^13', () => {
  it.each([
    [9_830_818_121_371.65, '$9,830,818,121,371.65'],
    [9_999_999_999_999.99, '$9,999,999,999,999.99'],
    [12_345_678_901.23, '$12,345,678,901.23'],
  ])('%s → %s', (value, shown) => {
    expect(formatMonthlyUsd(value)).toBe(shown)
  })

  it('for any whole number of cents', () => {
    assertProperty(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n - 1n }), (cents) => {
        const dollars = (cents / 100n).toLocaleString('en-US')
        const expected = `$${dollars}.${String(cents % 100n).padStart(2, '0')}`
        expect(formatMonthlyUsd(Number(cents) / 100)).toBe(expected)
      }),
      { numRuns: 5000 },
    )
  })
})

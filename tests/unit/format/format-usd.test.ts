import { describe, expect, it } from 'vitest'
import { formatInteger, formatMonthlyUsd, formatRequestUsd } from '../../../src/core/format/format-usd.ts'

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

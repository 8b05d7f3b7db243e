import { expect, it } from 'vitest'
import { formatRange } from '../../../src/core/format/format-range.ts'
import { formatMonthlyUsd } from '../../../src/core/format/format-usd.ts'

it('gives one figure where the ends agree as shown, "≈ low–high" where they differ, in order', () => {
  expect(formatRange(2.3, undefined, formatMonthlyUsd)).toBe('$2.30')
  expect(formatRange(2.3, 2.3, formatMonthlyUsd, true)).toBe('≈ $2.30')
  // 2.301 and 2.299 both show as $2.30: no range to speak of.
  expect(formatRange(2.301, 2.299, formatMonthlyUsd)).toBe('$2.30')
  expect(formatRange(2.3, 2.16, formatMonthlyUsd)).toBe('≈ $2.16–$2.30')
  // A low end above the high one (a longer prefix starts being cached) is shown in order.
  expect(formatRange(2.16, 2.3, formatMonthlyUsd)).toBe('≈ $2.16–$2.30')
})

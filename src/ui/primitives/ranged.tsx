import { formatRange } from '../../core/format/format-range.ts'

interface RangedProps {
  /** The figure at the high end of an estimate's range (or the exact figure). */
  high: number
  /** The same figure at the low end; undefined or equal where there is no range. */
  low: number | undefined
  format: (value: number) => string
  /** Derived from an estimated count: marked "≈" even where no range is known. */
  estimate?: boolean
  testId?: string
  className?: string
}

/** A figure, or "≈ low–high" (see formatRange). */
export function Ranged({ high, low, format, estimate = false, testId, className }: RangedProps) {
  return (
    <span data-testid={testId} className={`whitespace-nowrap ${className ?? ''}`}>
      {formatRange(high, low, format, estimate)}
    </span>
  )
}

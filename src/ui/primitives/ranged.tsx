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

/**
 * A figure, or "≈ low–high" where it derives from an estimated count whose range makes the two
 * ends differ as shown: an estimate says how far off it can be.
 */
export function Ranged({ high, low, format, estimate = false, testId, className }: RangedProps) {
  // Usually low ≤ high; not always: a longer prefix can start being cached and cost less.
  const [from, to] = low === undefined || low <= high ? [low ?? high, high] : [high, low]
  const shownFrom = format(from)
  const shownTo = format(to)
  return (
    <span data-testid={testId} className={`whitespace-nowrap ${className ?? ''}`}>
      {shownFrom === shownTo ? `${estimate ? '≈ ' : ''}${shownTo}` : `≈ ${shownFrom}–${shownTo}`}
    </span>
  )
}

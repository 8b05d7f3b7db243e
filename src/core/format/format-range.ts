/**
 * A figure, or "≈ low–high" where it derives from an estimated count whose range makes the two
 * ends differ as shown: an estimate says how far off it can be. `low` may be undefined (no
 * range) and may exceed `high` (a longer prefix can start being cached and cost less): the two
 * are shown in order.
 */
export function formatRange(
  high: number,
  low: number | undefined,
  format: (value: number) => string,
  estimate = false,
): string {
  const [from, to] = low === undefined || low <= high ? [low ?? high, high] : [high, low]
  const shownFrom = format(from)
  const shownTo = format(to)
  return shownFrom === shownTo ? `${estimate ? '≈ ' : ''}${shownTo}` : `≈ ${shownFrom}–${shownTo}`
}

/** Seconds as a range to a tenth: "1.2–3.4 s", or one figure when both ends round alike. */
export function formatSeconds({ low, high }: { low: number; high: number }): string {
  const f = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  return f(low) === f(high) ? `${f(low)} s` : `${f(low)}–${f(high)} s`
}

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

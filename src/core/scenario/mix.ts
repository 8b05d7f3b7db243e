/**
 * The model mix: each compared model's share of traffic, in percent, always summing to 100.
 * Arithmetic runs on whole hundredths of a percent so the sum is exact, not 99.99999.
 */
const HUNDREDTHS = 10_000

const toHundredths = (percent: number) => Math.round(percent * 100)
const toPercent = (hundredths: number) => hundredths / 100

/** Splits 100% over `count` models: 3 → [33.34, 33.33, 33.33]. */
export function evenMix(count: number): number[] {
  if (count <= 0) return []
  return distribute(HUNDREDTHS, new Array<number>(count).fill(1)).map(toPercent)
}

/**
 * Sets one model's share and scales the others to fill the rest, keeping their proportions
 * (or splitting evenly where they were all zero).
 */
export function setShare(mixPercents: readonly number[], index: number, percent: number): number[] {
  if (mixPercents.length <= 1) return mixPercents.map(() => 100)
  const fixed = Math.min(HUNDREDTHS, Math.max(0, toHundredths(percent)))
  const others = mixPercents.map(toHundredths).filter((_, i) => i !== index)
  const weights = others.some((w) => w > 0) ? others : others.map(() => 1)
  const rest = distribute(HUNDREDTHS - fixed, weights)
  rest.splice(index, 0, fixed)
  return rest.map(toPercent)
}

/** Drops a model from the mix; its share goes to the others in proportion. */
export function removeFromMix(mixPercents: readonly number[], index: number): number[] {
  const others = mixPercents.map(toHundredths).filter((_, i) => i !== index)
  if (others.length === 0) return []
  const weights = others.some((w) => w > 0) ? others : others.map(() => 1)
  return distribute(HUNDREDTHS, weights).map(toPercent)
}

/** Adds a model with no traffic, so adding one to compare never changes the bill. */
export const addToMix = (mixPercents: readonly number[]): number[] =>
  mixPercents.length === 0 ? [100] : [...mixPercents, 0]

/** True when the percents are a valid mix for `count` models. */
export function isValidMix(mixPercents: readonly number[], count: number): boolean {
  return (
    mixPercents.length === count &&
    mixPercents.every((p) => Number.isFinite(p) && p >= 0 && p <= 100) &&
    mixPercents.map(toHundredths).reduce((a, b) => a + b, 0) === HUNDREDTHS
  )
}

/**
 * A mix asked for by a link, as the page keeps it, or undefined when it is not one. Percents are
 * compared at the precision the page shows: 33.333, 33.333 and 33.334 sum to 100 within 0.01 and
 * become 33.33, 33.33 and 33.34 (whole hundredths, in proportion).
 */
export function mixFromPercents(asked: readonly number[], count: number): number[] | undefined {
  if (isValidMix(asked, count)) return [...asked]
  const sum = asked.reduce((a, b) => a + b, 0)
  const inRange = asked.every((p) => Number.isFinite(p) && p >= 0 && p <= 100)
  if (asked.length !== count || !inRange || Math.abs(sum - 100) > 0.01 + 1e-9 || sum === 0) return undefined
  return distribute(HUNDREDTHS, asked).map(toPercent)
}

// Largest-remainder apportionment: integer parts that sum to `total` exactly; earlier
// entries win ties so the result is deterministic.
function distribute(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (total * w) / weightSum)
  const floors = exact.map(Math.floor)
  let left = total - floors.reduce((a, b) => a + b, 0)
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    floors[i]! += 1
    left -= 1
  }
  return floors
}

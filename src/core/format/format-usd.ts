// Doubles carry ~16 significant digits; the arithmetic above them leaves noise in the last
// one or two (0.1 * 3 = 0.30000000000000004). Cutting to 12 first means a value that is
// exactly on a rounding boundary by the formula rounds as a person computing by hand would.
// Above $10 billion, 12 digits no longer reach the cents: keep every digit down to the cent
// (at most 15, which a double holds exactly), so any amount under $10^13 shows its own cents.
const denoise = (value: number): number => {
  const wholeDigits = value === 0 ? 1 : Math.floor(Math.log10(Math.abs(value))) + 1
  return Number(value.toPrecision(Math.min(15, Math.max(12, wholeDigits + 2))))
}

const significant3 = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumSignificantDigits: 3,
  maximumSignificantDigits: 3,
})

const cents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})

/**
 * A per-request cost: three significant digits below a dollar ($0.000675, $0.0112, $0.765),
 * cents with separators above ($1,234.56).
 */
export function formatRequestUsd(value: number): string {
  const v = denoise(value)
  if (v === 0) return '$0'
  return Math.abs(v) < 1 ? significant3.format(v) : cents.format(v)
}

/**
 * A monthly figure: to the cent with thousands separators; under one cent, three significant
 * digits, so a non-zero cost never reads "$0.00".
 */
export function formatMonthlyUsd(value: number): string {
  const v = denoise(value)
  if (v !== 0 && Math.abs(v) < 0.01) return significant3.format(v)
  return cents.format(v)
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

export const formatInteger = (value: number): string => integer.format(value)

/** A percent to at most two decimals, without trailing zeros: 33.34%, 80%. */
export const formatPercent = (percent: number): string => `${Number(percent.toFixed(2))}%`

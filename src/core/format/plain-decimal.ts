/**
 * A number in plain decimal with the digits JavaScript gives it, never exponent notation:
 * 1e-7 → "0.0000001", 1e21 → "1000000000000000000000". `Number()` of the result is the number
 * again, exactly; URL parameters and exports refuse or mangle "1e-7".
 */
export function plainDecimal(value: number): string {
  const text = String(value)
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!match) return text
  const [, sign, whole, fraction = '', exponentText] = match
  const digits = `${whole}${fraction}`
  const exponent = Number(exponentText)
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`
  // Past 1e21 every digit JavaScript prints stands before the point.
  return `${sign}${digits}${'0'.repeat(exponent - fraction.length)}`
}

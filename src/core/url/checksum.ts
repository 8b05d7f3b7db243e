/**
 * FNV-1a (32-bit) of a string's UTF-16 code units, in base 36. Not security: it tells a link
 * that was cut off or garbled in transit from the one promptmeter made.
 */
export function checksum(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36)
}

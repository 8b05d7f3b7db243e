import { describe, expect, it } from 'vitest'
import { checksum } from '../../../src/core/url/checksum.ts'

describe('checksum', () => {
  it('is FNV-1a: "" → 811c9dc5, "a" → e40c292c (the published test vectors)', () => {
    expect(checksum('')).toBe((0x811c9dc5).toString(36))
    expect(checksum('a')).toBe((0xe40c292c).toString(36))
  })
})

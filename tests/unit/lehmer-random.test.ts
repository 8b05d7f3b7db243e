import { describe, expect, it } from 'vitest'
import { lehmerRandom } from '../../src/core/lehmer-random.ts'

describe('the Lehmer generator', () => {
  it('gives the known sequence: each state is the last times 48271, modulo 2^31 − 1', () => {
    const next = lehmerRandom(1)
    // 48271; 48271² = 2,330,089,441 − 2,147,483,647 = 182,605,794.
    expect(next()).toBe(48271 / 2147483647)
    expect(next()).toBe(182605794 / 2147483647)
  })

  it('stays within [0, 1) and repeats itself from the same seed', () => {
    const a = lehmerRandom(7)
    const b = lehmerRandom(7)
    for (let i = 0; i < 10_000; i++) {
      const x = a()
      expect(x).toBe(b())
      expect(x >= 0 && x < 1).toBe(true)
    }
  })
})

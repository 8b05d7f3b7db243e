import { describe, expect, it } from 'vitest'
import { spannedMs } from '../../../scripts/bench/page-figures.ts'

describe('spannedMs (a keystroke’s handler time in npm run bench)', () => {
  it('counts nested spans once: input runs inside keypress', () => {
    // keydown 0–1, keypress 1–24 with beforeinput 2–2.5 and input 5–23 inside it.
    expect(
      spannedMs([
        [0, 1],
        [1, 24],
        [2, 2.5],
        [5, 23],
      ]),
    ).toBe(24)
  })

  it('adds disjoint spans and counts an overlap once, in any order', () => {
    expect(
      spannedMs([
        [10, 12],
        [0, 3],
        [2, 5],
      ]),
    ).toBe(7)
    expect(spannedMs([])).toBe(0)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addToMix,
  evenMix,
  isValidMix,
  mixFromPercents,
  removeFromMix,
  setShare,
} from '../../../src/core/scenario/mix.ts'
import { assertProperty } from '../property.ts'

const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100)

describe('model mix', () => {
  it('splits evenly to the hundredth', () => {
    expect(evenMix(1)).toEqual([100])
    expect(evenMix(3)).toEqual([33.34, 33.33, 33.33])
    expect(evenMix(0)).toEqual([])
  })

  it('scales the others in proportion when one share is set', () => {
    expect(setShare([50, 30, 20], 0, 80)).toEqual([80, 12, 8])
  })

  it('splits the rest evenly when the others were all zero', () => {
    expect(setShare([100, 0, 0], 0, 40)).toEqual([40, 30, 30])
  })

  it('clamps to 0–100', () => {
    expect(setShare([50, 50], 1, 150)).toEqual([0, 100])
    expect(setShare([50, 50], 1, -5)).toEqual([100, 0])
  })

  it('keeps a single model at 100%', () => {
    expect(setShare([100], 0, 30)).toEqual([100])
  })

  it('gives a removed model’s share to the rest', () => {
    expect(removeFromMix([50, 25, 25], 0)).toEqual([50, 50])
    expect(removeFromMix([100, 0, 0], 0)).toEqual([50, 50])
  })

  it('adds a model with no traffic', () => {
    expect(addToMix([100])).toEqual([100, 0])
    expect(addToMix([])).toEqual([100])
  })

  it('always sums to exactly 100%', () => {
    assertProperty(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 8 }),
        fc.nat(),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (weights, at, percent) => {
          const start = setShare(evenMix(weights.length), 0, weights[0]! / 100)
          const next = setShare(start, at % weights.length, percent)
          return sum(next) === 10_000 && isValidMix(next, weights.length) && sum(removeFromMix(next, 0)) === 10_000
        },
      ),
    )
  })

  it('validates a mix', () => {
    expect(isValidMix([60, 40], 2)).toBe(true)
    expect(isValidMix([60, 30], 2)).toBe(false)
    expect(isValidMix([100], 2)).toBe(false)
    expect(isValidMix([110, -10], 2)).toBe(false)
  })
})

describe('mixFromPercents', () => {
  it('accepts a mix that sums to 100 at the precision the page shows, and makes it exact', () => {
    expect(mixFromPercents([33.333, 33.333, 33.334], 3)).toEqual([33.33, 33.33, 33.34])
    expect(mixFromPercents([60, 25.5, 14.5], 3)).toEqual([60, 25.5, 14.5])
  })

  it('refuses one that is off by more, or does not fit the models', () => {
    expect(mixFromPercents([33.3, 33.3, 33.3], 3)).toBeUndefined()
    expect(mixFromPercents([50, 50], 3)).toBeUndefined()
    expect(mixFromPercents([120, -20], 2)).toBeUndefined()
  })
})

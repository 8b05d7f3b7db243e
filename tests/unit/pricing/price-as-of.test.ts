import { describe, expect, it } from 'vitest'
import { noPriceReason, priceAsOf } from '../../../src/core/pricing/price-as-of.ts'
import type { PricedModel } from '../../../src/core/pricing/pricing-schema.ts'
import { fixtureRelease } from './fixture-release.ts'

const turbo = fixtureRelease().models[1]!

describe('priceAsOf', () => {
  it('picks the row in force today by default', () =>
    expect(priceAsOf(turbo, undefined, '2026-11-29')?.input).toBe(0.5))
  it('treats effective_to as exclusive', () => {
    expect(priceAsOf(turbo, '2024-02-15')?.input).toBe(2)
    expect(priceAsOf(turbo, '2024-02-16')?.input).toBe(0.5)
  })
  it('has no price before the first row', () => expect(priceAsOf(turbo, '2020-01-01')).toBeUndefined())

  // An introductory price through 2026-12-31, then the published successor: the open row is
  // not today's until 2027.
  const flash: PricedModel = {
    ...turbo,
    prices: [
      { ...turbo.prices[1]!, effective_from: '2026-09-02', effective_to: '2027-01-01', input: 0.75 },
      { ...turbo.prices[1]!, effective_from: '2027-01-01', effective_to: null, input: 1.5 },
    ],
  }
  it('takes a change recorded ahead of time only from its date', () => {
    expect(priceAsOf(flash, undefined, '2026-11-29')?.input).toBe(0.75)
    expect(priceAsOf(flash, undefined, '2027-01-01')?.input).toBe(1.5)
  })
})

describe('noPriceReason', () => {
  const retired: PricedModel = {
    ...turbo,
    deprecated: '2026-07-24',
    prices: [{ ...turbo.prices[1]!, effective_to: '2026-07-24' }],
  }
  it('says a retired model is retired, and how to price it', () => {
    expect(priceAsOf(retired, undefined, '2026-11-29')).toBeUndefined()
    expect(noPriceReason(retired, undefined, '2026-11-29')).toBe(
      `retired on 2026-07-24: no longer served; set the prices' "as of" date before then to price it`,
    )
    expect(priceAsOf(retired, '2026-07-23')?.input).toBe(0.5)
  })
  it('prices a retired model with an open row only before it was retired', () => {
    const stillOpen: PricedModel = { ...turbo, deprecated: '2026-06-01' }
    expect(priceAsOf(stillOpen, undefined, '2026-11-29')).toBeUndefined()
    expect(priceAsOf(stillOpen, '2026-05-31')?.input).toBe(0.5)
  })
  it('names the first recorded price for a date before it', () => {
    expect(noPriceReason(turbo, '2020-01-01')).toBe('no price recorded on 2020-01-01; the first is from 2023-03-01')
  })
})

import { expect, it } from 'vitest'
import { priceHistoryPoints } from '../../../src/core/pricing/price-history.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'

it('gives a point at every price change and at the end date, null before a model existed', () => {
  const [mini, turbo] = fixtureRelease().models
  expect(priceHistoryPoints([mini!, turbo!], '2026-11-22')).toEqual([
    {
      date: '2023-03-01',
      time: Date.UTC(2023, 2, 1),
      'gpt-4o-mini input': null,
      'gpt-4o-mini output': null,
      'gpt-3.5-turbo input': 2,
      'gpt-3.5-turbo output': 2,
    },
    {
      date: '2024-02-16',
      time: Date.UTC(2024, 1, 16),
      'gpt-4o-mini input': null,
      'gpt-4o-mini output': null,
      'gpt-3.5-turbo input': 0.5,
      'gpt-3.5-turbo output': 1.5,
    },
    {
      date: '2024-07-18',
      time: Date.UTC(2024, 6, 18),
      'gpt-4o-mini input': 0.15,
      'gpt-4o-mini output': 0.6,
      'gpt-3.5-turbo input': 0.5,
      'gpt-3.5-turbo output': 1.5,
    },
    {
      date: '2026-11-22',
      time: Date.UTC(2026, 10, 22),
      'gpt-4o-mini input': 0.15,
      'gpt-4o-mini output': 0.6,
      'gpt-3.5-turbo input': 0.5,
      'gpt-3.5-turbo output': 1.5,
    },
  ])
})

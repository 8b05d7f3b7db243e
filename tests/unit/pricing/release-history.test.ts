import { describe, expect, it } from 'vitest'
import type { PricingRelease } from '../../../src/core/pricing/pricing-schema.ts'
import { appendOnlyProblems, pricesCheckedUpTo } from '../../../src/core/pricing/release-history.ts'
import { fixtureRelease } from './fixture-release.ts'

const older = (): PricingRelease => fixtureRelease()
/** The next release, changed by `edit`. */
function newer(edit: (release: PricingRelease) => void): PricingRelease {
  const release = { ...fixtureRelease(), data_version: '2026-11-29' }
  edit(release)
  return release
}
const source = { url: 'https://example.com/news', checked: '2026-11-29' }

describe('appendOnlyProblems', () => {
  it('accepts the same history, a closed open row with its successor, and a new model', () => {
    expect(
      appendOnlyProblems(
        older(),
        newer(() => {}),
      ),
    ).toEqual([])
    const next = newer((r) => {
      const mini = r.models[0]!
      mini.prices[0]!.effective_to = '2026-11-01'
      mini.prices.push({ ...mini.prices[0]!, effective_from: '2026-11-01', effective_to: null, input: 0.1 })
      r.models.push({ ...mini, id: 'new-model', aliases: [] })
    })
    expect(appendOnlyProblems(older(), next)).toEqual([])
  })

  it('refuses an edited row, a removed row and a removed model, naming each', () => {
    const next = newer((r) => {
      r.models[1]!.prices[0]!.input = 3
      r.models[0]!.prices = [{ ...r.models[0]!.prices[0]!, effective_from: '2024-08-01' }]
      r.models.pop()
    })
    expect(appendOnlyProblems(older(), next)).toEqual([
      'release 2026-11-29 (after 2026-11-22): gpt-4o-mini: the row from 2024-07-18 is gone',
      'release 2026-11-29 (after 2026-11-22): gpt-3.5-turbo: the row from 2023-03-01 changed; close it and add a row, or name it in corrections',
      'release 2026-11-29 (after 2026-11-22): model some-host/llama is gone; a retired model stays, with its deprecated date',
    ])
  })

  it('refuses reopening a closed row, or moving its end', () => {
    const next = newer((r) => (r.models[1]!.prices[0]!.effective_to = '2024-03-01'))
    expect(appendOnlyProblems(older(), next)).toHaveLength(1)
  })

  it('lets a row named in corrections change or go, and checks the correction names a real row', () => {
    const next = newer((r) => {
      r.models[1]!.prices[0]!.input = 3
      r.corrections = [
        {
          model: 'gpt-3.5-turbo',
          effective_from: '2023-03-01',
          release: '2026-11-22',
          reason: 'the source had it wrong',
          sources: [source],
        },
        {
          model: 'gpt-3.5-turbo',
          effective_from: '1999-01-01',
          release: '2026-11-22',
          reason: 'a typo in the date',
          sources: [source],
        },
      ]
    })
    expect(appendOnlyProblems(older(), next)).toEqual([
      'release 2026-11-29 (after 2026-11-22): corrections name gpt-3.5-turbo from 1999-01-01, which 2026-11-22 does not have',
    ])
  })

  it('keeps a model found by its alias, as links do', () => {
    const next = newer((r) => {
      r.models[2]!.aliases = ['some-host/llama']
      r.models[2]!.id = 'some-host/llama-3'
    })
    expect(appendOnlyProblems(older(), next)).toEqual([])
  })
})

describe('pricesCheckedUpTo', () => {
  it('is the newest date any source of the release was checked', () => {
    const release = fixtureRelease()
    expect(pricesCheckedUpTo(release)).toBe('2026-11-22')
    release.models[1]!.prices[0]!.sources.push({ url: 'https://example.com/later', checked: '2026-12-01' })
    expect(pricesCheckedUpTo(release)).toBe('2026-12-01')
  })
})

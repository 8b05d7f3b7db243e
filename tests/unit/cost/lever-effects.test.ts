import { expect, it } from 'vitest'
import { leverEffects } from '../../../src/core/cost/lever-effects.ts'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { DEFAULT_SCENARIO, type Scenario } from '../../../src/core/scenario/scenario.ts'
import { tokens } from '../../../src/core/units.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'

const models = fixtureRelease().models
const effects = (patch: Partial<Scenario>, system = 24, id = 'gpt-4o-mini') => {
  const scenario = { ...DEFAULT_SCENARIO, modelIds: [id], mixPercents: [100], ...patch }
  const row = scenarioCosts(scenario, models, () => ({
    billedInputTokens: tokens(system + 500),
    systemMessageTokens: tokens(system),
  })).rows[0]!
  return leverEffects(scenario, row)
}

it('says why a prompt-cache rate changes nothing: a prefix below the minimum', () => {
  expect(effects({ promptCachePercent: 50 })).toEqual([
    {
      lever: 'prompt_cache',
      reason: 'no effect: the 24-token prefix is below this model’s 1,024-token caching minimum',
    },
  ])
  expect(effects({ promptCachePercent: 50 }, 2000)).toEqual([])
})

it('says why: no prefix at all, or no prompt caching on the model', () => {
  expect(effects({ promptCachePercent: 50 }, 0)[0]!.reason).toMatch(/no cacheable prefix/)
  const uncached = fixtureRelease()
  uncached.models[0]!.prices[0]!.cached_input = null
  const scenario = { ...DEFAULT_SCENARIO, modelIds: ['gpt-4o-mini'], mixPercents: [100], promptCachePercent: 50 }
  const row = scenarioCosts(scenario, uncached.models, () => ({
    billedInputTokens: tokens(3000),
    systemMessageTokens: tokens(2000),
  })).rows[0]!
  expect(leverEffects(scenario, row)).toEqual([
    { lever: 'prompt_cache', reason: 'no effect: this model has no prompt caching' },
  ])
})

it('says reasoning tokens change nothing on a model that does not reason', () => {
  expect(effects({ reasoningTokens: 500 })).toEqual([
    { lever: 'reasoning', reason: 'no effect: not a reasoning model' },
  ])
})

it('says when max_tokens cuts the expected output', () => {
  expect(effects({ outputTokens: 5000, maxTokens: 100 })).toEqual([
    { lever: 'max_tokens', reason: 'expected output capped at max_tokens (100)' },
  ])
  expect(effects({})).toEqual([])
})

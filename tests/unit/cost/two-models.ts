import { DEFAULT_SCENARIO, type Scenario } from '../../../src/core/scenario/scenario.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'

// gpt-4o-mini and a gpt-4o at its list prices, in an 80/20 mix with every traffic lever set.
const [mini] = fixtureRelease().models
const gpt4o = {
  ...mini!,
  id: 'gpt-4o',
  name: 'gpt-4o',
  prices: [{ ...mini!.prices[0]!, input: 2.5, cached_input: 1.25, output: 10 }],
}
export const models = [mini!, gpt4o]
export { mini }
export const scenario: Scenario = {
  ...DEFAULT_SCENARIO,
  modelIds: ['gpt-4o-mini', 'gpt-4o'],
  mixPercents: [80, 20],
  volume: 1_000_000,
  inputTokensOverride: 500,
  maxTokens: 1000,
  outputTokens: 200,
  responseCachePercent: 25,
  batchPercent: 50,
}
/** Nothing counted: the scenario gives input_tokens. */
export const none = () => undefined

import { describe, expect, it } from 'vitest'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { costsCsv } from '../../../src/core/export/costs-csv.ts'
import { scenarioJson } from '../../../src/core/export/scenario-json.ts'
import { DEFAULT_SCENARIO } from '../../../src/core/scenario/scenario.ts'
import { fixtureRelease } from '../pricing/fixture-release.ts'

const [mini] = fixtureRelease().models
const quoted = { ...mini!, id: 'odd', name: 'Odd, "quoted" model' }

describe('costsCsv', () => {
  const costs = scenarioCosts(
    {
      ...DEFAULT_SCENARIO,
      modelIds: ['gpt-4o-mini', 'odd'],
      mixPercents: [50, 50],
      inputTokensOverride: 500,
      maxTokens: 1000,
    },
    [mini!, quoted],
    () => undefined,
  )
  const lines = costsCsv(costs).split('\r\n')

  it('has a header, a row per model and the mix total', () => {
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['model_id', 'model_name', 'token_count', 'share_percent'])
    // 0.000675 a request, 675 a month at 1M requests
    expect(lines[1]!.startsWith('gpt-4o-mini,gpt-4o-mini,exact,50,500,0,0,0,0.000675,0.000675,675,675,337.5,')).toBe(
      true,
    )
    expect(lines.at(-2)).toBe(`total${','.repeat(12)}675${','.repeat(9)}`)
    expect(lines.at(-1)).toBe('')
  })

  it('quotes fields holding commas and doubles their quotes (RFC 4180)', () => {
    expect(lines[2]!.startsWith('odd,"Odd, ""quoted"" model",exact,')).toBe(true)
  })
})

describe('scenarioJson', () => {
  it('exports inputs and the pricing release, never derived costs', () => {
    const parsed = JSON.parse(scenarioJson(DEFAULT_SCENARIO, '2026-11-22')) as Record<string, unknown>
    expect(parsed).toEqual({
      app: 'promptmeter',
      version: 1,
      pricing_release: '2026-11-22',
      scenario: DEFAULT_SCENARIO,
    })
  })
})

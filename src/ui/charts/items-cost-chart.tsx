import { memo, useState } from 'react'
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { CountedFor } from '../../core/cost/scenario-costs.ts'
import { itemSteps, itemsCurve } from '../../core/cost/workload-curves.ts'
import { formatInteger, formatRequestUsd } from '../../core/format/format-usd.ts'
import { isEstimate } from '../../core/pricing/model-traits.ts'
import type { PricedModel } from '../../core/pricing/pricing-schema.ts'
import type { Scenario } from '../../core/scenario/scenario.ts'
import { ALL_TICKS, GRID, TOP_TICK_ROOM, compactUsd, modelLineProps, TICK, LINE_TOOLTIP } from './chart-colors.ts'
import { ChartFigure, LogAxesToggle } from './chart-figure.tsx'

interface ItemsCostChartProps {
  scenario: Scenario
  models: readonly PricedModel[]
  counted: CountedFor
}

/** The most items the curve goes to: ten times the scenario's, at least 100. */
const curveEnd = (items: number) => Math.max(100, items * 10)

/** Cost of one item against items packed per request, per compared model, up to where they fit. */
function ItemsCostChart({ scenario, models, counted }: ItemsCostChartProps) {
  const [log, setLog] = useState(true)
  const data = itemsCurve(scenario, models, counted, itemSteps(scenario.items, curveEnd(scenario.items)))
  const shown = scenario.modelIds.flatMap((id) => models.find((m) => m.id === id && data.some((p) => id in p)) ?? [])
  return (
    <ChartFigure
      testId="items-cost-chart"
      fileName="cost-per-item"
      caption={`Cost of one item against items per request; a line ends where no more fit${shown.some(isEstimate) ? ' (≈ estimated counts)' : ''}`}
      controls={<LogAxesToggle log={log} onChange={setLog} />}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: TOP_TICK_ROOM, left: 16, right: 16 }}>
          <CartesianGrid {...GRID} />
          <XAxis
            tick={TICK}
            dataKey="items"
            type="number"
            scale={log ? 'log' : 'linear'}
            domain={['dataMin', 'dataMax']}
            tickFormatter={(v: number) => formatInteger(v)}
          />
          <YAxis
            tick={TICK}
            scale={log ? 'log' : 'linear'}
            domain={['auto', 'auto']}
            interval={log ? 'preserveEnd' : ALL_TICKS}
            tickFormatter={(v: number) => compactUsd.format(v)}
            width={72}
          />
          <Tooltip
            {...LINE_TOOLTIP}
            labelFormatter={(v) => `${formatInteger(Number(v))} items a request`}
            formatter={(v) => formatRequestUsd(Number(v))}
          />
          <Legend />
          {shown.map((model) => (
            <Line key={model.id} {...modelLineProps(model.id, scenario.modelIds, isEstimate(model))} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}

export default memo(ItemsCostChart)

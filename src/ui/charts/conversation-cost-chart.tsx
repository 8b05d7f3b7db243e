import { memo } from 'react'
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { CountedFor } from '../../core/cost/scenario-costs.ts'
import { conversationCurve } from '../../core/cost/workload-curves.ts'
import { formatPercent, formatRequestUsd } from '../../core/format/format-usd.ts'
import { isEstimate } from '../../core/pricing/model-traits.ts'
import type { PricedModel } from '../../core/pricing/pricing-schema.ts'
import type { Scenario } from '../../core/scenario/scenario.ts'
import { ALL_TICKS, GRID, TOP_TICK_ROOM, compactUsd, modelLineProps, TICK, LINE_TOOLTIP } from './chart-colors.ts'
import { ChartFigure } from './chart-figure.tsx'

interface ConversationCostChartProps {
  scenario: Scenario
  models: readonly PricedModel[]
  counted: CountedFor
}

/** What one conversation has cost by each turn, per compared model, with prompt caching and without. */
function ConversationCostChart({ scenario, models, counted }: ConversationCostChartProps) {
  const { points, cachingPercent } = conversationCurve(scenario, models, counted)
  const shown = scenario.modelIds.flatMap((id) => models.find((m) => m.id === id && id in (points[0] ?? {})) ?? [])
  const caching =
    scenario.promptCachePercent > 0
      ? `with prompt caching at ${formatPercent(cachingPercent)} hits`
      : 'with prompt caching, every turn a hit'
  return (
    <ChartFigure
      testId="conversation-cost-chart"
      fileName="cost-by-turn"
      caption={`Cost of one conversation by turn: ${caching} (solid) and without (dashed)${shown.some(isEstimate) ? '; ≈ estimated counts' : ''}`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: TOP_TICK_ROOM, left: 16, right: 16 }}>
          <CartesianGrid {...GRID} />
          <XAxis tick={TICK} dataKey="turn" type="number" domain={[1, 'dataMax']} allowDecimals={false} />
          <YAxis tick={TICK} interval={ALL_TICKS} tickFormatter={(v: number) => compactUsd.format(v)} width={72} />
          <Tooltip
            {...LINE_TOOLTIP}
            labelFormatter={(v) => `by turn ${String(v)}`}
            formatter={(v) => formatRequestUsd(Number(v))}
          />
          <Legend />
          {shown.flatMap((model) => [
            <Line key={model.id} {...modelLineProps(model.id, scenario.modelIds, isEstimate(model))} />,
            <Line
              key={`${model.id}:uncached`}
              {...modelLineProps(model.id, scenario.modelIds, isEstimate(model))}
              dataKey={`${model.id}:uncached`}
              name={`${model.id} without caching`}
              strokeDasharray="5 4"
              strokeWidth={1.5}
            />,
          ])}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}

export default memo(ConversationCostChart)

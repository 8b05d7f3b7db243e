import { memo } from 'react'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { XAxisTickContentProps } from 'recharts'
import { COMPONENT_KEYS, type CostComponents } from '../../core/cost/request-cost.ts'
import { isEstimate } from '../../core/pricing/model-traits.ts'
import { doesNotFit, type ScenarioCosts } from '../../core/cost/scenario-costs.ts'
import { formatMonthlyUsd } from '../../core/format/format-usd.ts'
import { ALL_TICKS, GRID, TOP_TICK_ROOM, colorOf, compactUsd, TICK, BAR_TOOLTIP } from './chart-colors.ts'
import { ChartFigure } from './chart-figure.tsx'

const COMPONENTS: Record<keyof CostComponents, { name: string; color: string }> = {
  uncachedInput: { name: 'Uncached input', color: '#0f766e' },
  cachedInput: { name: 'Cached input', color: '#5eead4' },
  cacheWrite: { name: 'Cache writes', color: '#f59e0b' },
  output: { name: 'Output', color: '#7c3aed' },
  reasoning: { name: 'Reasoning', color: '#c4b5fd' },
}

/**
 * Monthly cost per model if all traffic went there, stacked by where the money goes. The bars'
 * colours are the components; each model's label carries its colour from the other charts.
 */
function MonthlyCostChart({ costs, comparedIds }: { costs: ScenarioCosts; comparedIds: readonly string[] }) {
  const data = costs.rows.map((row) => ({
    label: `${row.model.id}${isEstimate(row.model) ? ' ≈' : ''}${doesNotFit(row) ? ' (does not fit)' : ''}`,
    ...row.monthlyIfAll,
  }))
  // Only components that cost something in some model get a bar and a legend entry.
  const shown = COMPONENT_KEYS.filter((key) => costs.rows.some((row) => row.monthlyIfAll[key] > 0))
  return (
    <ChartFigure
      testId="monthly-cost-chart"
      fileName="monthly-cost-by-component"
      caption={`Monthly cost per model, all traffic on it, by component${costs.rows.some((row) => isEstimate(row.model)) ? ' (≈ estimated counts at the high end of their range)' : ''}`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: TOP_TICK_ROOM, left: 16, right: 16 }}>
          <CartesianGrid {...GRID} vertical={false} />
          {/* Every bar labelled, however many models: tilted when they crowd. */}
          <XAxis
            dataKey="label"
            interval={0}
            height={data.length > 3 ? 80 : 30}
            tick={({ x, y, index, payload }: XAxisTickContentProps) => {
              const tilted = data.length > 3
              const id = costs.rows[index]?.model.id ?? ''
              return (
                <g transform={`translate(${x},${y})`}>
                  <g transform={tilted ? 'rotate(-25)' : undefined}>
                    <rect x={tilted ? -10 : -5} y={4} width={8} height={8} fill={colorOf(id, comparedIds)} />
                    <text
                      x={tilted ? -14 : 0}
                      dy={tilted ? 12 : 26}
                      textAnchor={tilted ? 'end' : 'middle'}
                      fill="currentColor"
                      className="recharts-cartesian-axis-tick-value text-xs"
                    >
                      {String(payload.value)}
                    </text>
                  </g>
                </g>
              )
            }}
          />
          <YAxis tick={TICK} interval={ALL_TICKS} tickFormatter={(v: number) => compactUsd.format(v)} width={72} />
          <Tooltip {...BAR_TOOLTIP} formatter={(v) => formatMonthlyUsd(Number(v))} />
          <Legend />
          {shown.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              stackId="cost"
              name={COMPONENTS[key].name}
              fill={COMPONENTS[key].color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}

// Charts are the costliest thing on the page to draw: only when their data changes.
export default memo(MonthlyCostChart)

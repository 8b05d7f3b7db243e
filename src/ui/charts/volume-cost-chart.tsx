import { memo, useState } from 'react'
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { doesNotFit, scenarioCosts, type CountedFor } from '../../core/cost/scenario-costs.ts'
import { isEstimate } from '../../core/pricing/model-traits.ts'
import { volumeCurve, volumeSteps } from '../../core/cost/volume-curve.ts'
import { formatInteger, formatMonthlyUsd } from '../../core/format/format-usd.ts'
import type { PricedModel } from '../../core/pricing/pricing-schema.ts'
import { VOLUME_UNIT_PLURAL, volumeUnit, type Scenario } from '../../core/scenario/scenario.ts'
import { ALL_TICKS, GRID, TOP_TICK_ROOM, compactUsd, modelLineProps, TICK, LINE_TOOLTIP } from './chart-colors.ts'
import { ChartFigure, LogAxesToggle } from './chart-figure.tsx'

const compactCount = new Intl.NumberFormat('en-US', { notation: 'compact' })

interface VolumeCostChartProps {
  scenario: Scenario
  models: readonly PricedModel[]
  counted: CountedFor
}

/** Monthly cost of each compared model (all traffic on it) from 1k to 1B requests a month. */
function VolumeCostChart({ scenario, models, counted }: VolumeCostChartProps) {
  const [log, setLog] = useState(true)
  const units = VOLUME_UNIT_PLURAL[volumeUnit(scenario)]
  const data = volumeCurve(scenario, models, counted, volumeSteps(scenario.volume))
  const misfits = new Set(
    scenarioCosts(scenario, models, counted)
      .rows.filter(doesNotFit)
      .map((row) => row.model.id),
  )
  const shown = scenario.modelIds.flatMap((id) => models.find((m) => m.id === id && data.some((p) => id in p)) ?? [])
  // A log axis cannot show 0; the first volume's cheapest cost bounds it from below.
  const positive = data.flatMap((p) => shown.map((m) => p[m.id] ?? 0)).filter((v) => v > 0)
  const yDomain: [number, number] | ['auto', 'auto'] =
    log && positive.length > 0 ? [Math.min(...positive) / 2, Math.max(...positive) * 2] : ['auto', 'auto']
  return (
    <ChartFigure
      testId="volume-cost-chart"
      fileName="monthly-cost-by-volume"
      caption={`Monthly cost against ${units} per month, all traffic on each model${shown.some(isEstimate) ? ' (≈ estimated counts at the high end of their range)' : ''}`}
      controls={<LogAxesToggle log={log} onChange={setLog} />}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: TOP_TICK_ROOM, left: 16, right: 16 }}>
          <CartesianGrid {...GRID} />
          <XAxis
            tick={TICK}
            dataKey="volume"
            type="number"
            scale={log ? 'log' : 'linear'}
            domain={['dataMin', 'dataMax']}
            tickFormatter={(v: number) => compactCount.format(v)}
          />
          <YAxis
            tick={TICK}
            scale={log ? 'log' : 'linear'}
            domain={yDomain}
            allowDataOverflow
            interval={log ? 'preserveEnd' : ALL_TICKS}
            tickFormatter={(v: number) => compactUsd.format(v)}
            width={72}
          />
          <Tooltip
            {...LINE_TOOLTIP}
            labelFormatter={(v) => `${formatInteger(Number(v))} ${units}/month`}
            formatter={(v) => formatMonthlyUsd(Number(v))}
          />
          <Legend />
          {shown.map((model) => {
            const line = modelLineProps(model.id, scenario.modelIds, isEstimate(model))
            return (
              <Line key={model.id} {...line} name={`${line.name}${misfits.has(model.id) ? ' (does not fit)' : ''}`} />
            )
          })}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}

// Charts are the costliest thing on the page to draw: only when their data changes.
export default memo(VolumeCostChart)

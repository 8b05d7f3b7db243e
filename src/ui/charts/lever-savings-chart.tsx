import { memo } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { LeverSavings } from '../../core/cost/lever-savings.ts'
import { formatMonthlyUsd } from '../../core/format/format-usd.ts'
import { ALL_TICKS, GRID, compactUsd, TICK, BAR_TOOLTIP } from './chart-colors.ts'
import { ChartFigure } from './chart-figure.tsx'

type Kind = 'total' | 'saves' | 'adds'
const COLOR: Record<Kind, string> = { total: '#475569', saves: '#0f766e', adds: '#be123c' }

/** Room for the longest lever's name ("Escalation, classifier") at the chart's text size. */
const LABEL_WIDTH_PX = 140
/** Four value ticks: their labels ("$10.8K") never overlap, even 200 px wide (ALL_TICKS). */
const VALUE_TICKS = 4
/** Space right of the plot for the last tick's label, centred on the right edge. */
const SIDE_TICK_ROOM = 24

const LEGEND: { kind: Kind; name: string }[] = [
  { kind: 'total', name: 'Baseline and your scenario' },
  { kind: 'saves', name: 'A lever saves' },
  { kind: 'adds', name: 'A lever adds' },
]

/**
 * A waterfall from the baseline (all traffic on the priciest compared model, every reply at
 * max_tokens, no caches, no batch) down to the scenario: each bar is what one lever saves (or adds).
 */
function LeverSavingsChart({ savings }: { savings: LeverSavings }) {
  const data = [
    { label: 'Baseline', base: 0, value: savings.naiveUsd as number, kind: 'total' as Kind, saved: 0 },
    ...savings.steps.map((step) => ({
      label: step.label,
      base: Math.min(step.beforeUsd, step.afterUsd),
      value: Math.abs(step.savedUsd),
      kind: (step.savedUsd >= 0 ? 'saves' : 'adds') as Kind,
      saved: step.savedUsd as number,
    })),
    { label: 'Scenario', base: 0, value: savings.scenarioUsd as number, kind: 'total' as Kind, saved: 0 },
  ]
  return (
    <ChartFigure
      testId="lever-savings-chart"
      fileName="what-each-lever-saves"
      heightClass="h-80"
      controls={
        <ul className="flex flex-wrap gap-3 text-xs font-normal" aria-label="Legend" data-testid="lever-savings-legend">
          {LEGEND.map(({ kind, name }) => (
            <li key={kind} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-3" style={{ background: COLOR[kind] }} />
              {name}
            </li>
          ))}
        </ul>
      }
      caption={`What each lever saves a month, from the baseline (all on ${savings.baselineModelId} at max_tokens) to your scenario`}
    >
      <ResponsiveContainer width="100%" height="100%">
        {/* Bars run across, each lever named on its own line at the left: named under the bars,
            at a slant, the names ran into each other on a phone. */}
        <BarChart data={data} layout="vertical" margin={{ top: 8, left: 8, right: SIDE_TICK_ROOM, bottom: 8 }}>
          <CartesianGrid {...GRID} horizontal={false} />
          <XAxis
            tick={TICK}
            type="number"
            interval={ALL_TICKS}
            tickCount={VALUE_TICKS}
            tickFormatter={(v: number) => compactUsd.format(v)}
          />
          <YAxis tick={TICK} type="category" dataKey="label" interval={0} width={LABEL_WIDTH_PX} />
          <Tooltip
            {...BAR_TOOLTIP}
            formatter={(_value, _name, item) => {
              const point = item.payload as (typeof data)[number]
              if (point.kind === 'total') return [formatMonthlyUsd(point.value), 'Monthly']
              return [formatMonthlyUsd(Math.abs(point.saved)), point.kind === 'saves' ? 'Saves' : 'Adds']
            }}
          />
          <Bar
            dataKey="base"
            stackId="w"
            fill="transparent"
            isAnimationActive={false}
            legendType="none"
            tooltipType="none"
          />
          <Bar dataKey="value" stackId="w" isAnimationActive={false}>
            {data.map((point) => (
              <Cell key={point.label} fill={COLOR[point.kind]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}

// Charts are the costliest thing on the page to draw: only when their data changes.
export default memo(LeverSavingsChart)

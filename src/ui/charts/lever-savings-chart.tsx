import { memo } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { LeverSavings } from '../../core/cost/lever-savings.ts'
import { formatMonthlyUsd } from '../../core/format/format-usd.ts'
import { ALL_TICKS, GRID, TOP_TICK_ROOM, compactUsd } from './chart-colors.ts'
import { ChartFigure } from './chart-figure.tsx'

type Kind = 'total' | 'saves' | 'adds'
const COLOR: Record<Kind, string> = { total: '#475569', saves: '#0f766e', adds: '#be123c' }

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
        <BarChart data={data} margin={{ top: TOP_TICK_ROOM, left: 24, right: 16, bottom: 8 }}>
          <CartesianGrid {...GRID} vertical={false} />
          <XAxis dataKey="label" interval={0} angle={-20} textAnchor="end" height={60} />
          <YAxis interval={ALL_TICKS} tickFormatter={(v: number) => compactUsd.format(v)} width={72} />
          <Tooltip
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

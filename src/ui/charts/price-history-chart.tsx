import { memo } from 'react'
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { historyKey, priceHistoryPoints } from '../../core/pricing/price-history.ts'
import type { PricedModel } from '../../core/pricing/pricing-schema.ts'
import { GRID, colorOf, widthOf, TICK, LINE_TOOLTIP } from './chart-colors.ts'
import { ChartFigure } from './chart-figure.tsx'

/** Input and output price per 1M tokens over time for the compared models. Loaded lazily. */
function PriceHistoryChart({
  models,
  comparedIds,
}: {
  models: readonly PricedModel[]
  comparedIds: readonly string[]
}) {
  const today = new Date().toISOString().slice(0, 10)
  const data = priceHistoryPoints(models, today)
  // A log axis needs explicit bounds: 'auto' clips the cheapest prices.
  const prices = data
    .flatMap((point) => models.flatMap((m) => [point[historyKey(m.id, 'input')], point[historyKey(m.id, 'output')]]))
    .filter((v): v is number => typeof v === 'number' && v > 0)
  const domain: [number, number] =
    prices.length > 0 ? [Math.min(...prices) / 1.5, Math.max(...prices) * 1.5] : [0.01, 100]
  return (
    <ChartFigure
      testId="price-history-chart"
      fileName="price-history"
      heightClass="h-80"
      caption="Price history, USD per 1M tokens (solid: input, dashed: output)"
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ left: 16, right: 16 }}>
          <CartesianGrid {...GRID} vertical={false} />
          <XAxis
            tick={TICK}
            dataKey="time"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(t: number) => new Date(t).toISOString().slice(0, 10)}
          />
          <YAxis
            tick={TICK}
            scale="log"
            domain={domain}
            tickFormatter={(v: number) => `$${Number(v.toPrecision(2))}`}
            width={64}
          />
          <Tooltip
            {...LINE_TOOLTIP}
            labelFormatter={(t) => new Date(Number(t)).toISOString().slice(0, 10)}
            formatter={(v) => (v === null ? 'no price' : `$${String(v)}`)}
          />
          <Legend />
          {models.flatMap((model) => {
            const color = colorOf(model.id, comparedIds)
            return [
              <Line
                key={`${model.id}-in`}
                type="stepAfter"
                dataKey={historyKey(model.id, 'input')}
                stroke={color}
                strokeWidth={widthOf(model.id, comparedIds)}
                dot={false}
                isAnimationActive={false}
                connectNulls={false}
              />,
              <Line
                key={`${model.id}-out`}
                type="stepAfter"
                dataKey={historyKey(model.id, 'output')}
                stroke={color}
                strokeWidth={widthOf(model.id, comparedIds)}
                strokeDasharray="5 4"
                dot={false}
                isAnimationActive={false}
                connectNulls={false}
              />,
            ]
          })}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}

// Charts are the costliest thing on the page to draw: only when their data changes.
export default memo(PriceHistoryChart)

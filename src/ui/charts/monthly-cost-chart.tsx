import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ScenarioCosts } from '../../core/cost/scenario-costs.ts'
import { formatMonthlyUsd } from '../../core/format/format-usd.ts'

const compactUsd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact' })

/** Monthly cost per model if all traffic went there. Loaded lazily with recharts. */
export default function MonthlyCostChart({ costs }: { costs: ScenarioCosts }) {
  const data = costs.rows.map((row) => ({ id: row.model.id, monthly: row.monthlyIfAllUsd as number }))
  return (
    <figure data-testid="monthly-cost-chart" className="h-72 w-full">
      <figcaption className="mb-1 text-sm font-medium">Monthly cost per model, all traffic on it</figcaption>
      <ResponsiveContainer width="100%" height="90%">
        <BarChart data={data} margin={{ left: 16, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="id" />
          <YAxis tickFormatter={(v: number) => compactUsd.format(v)} width={72} />
          <Tooltip formatter={(v) => formatMonthlyUsd(Number(v))} />
          <Bar dataKey="monthly" name="Monthly cost" fill="#0f766e" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}

export const SERIES_COLORS = ['#0f766e', '#b45309', '#7c3aed', '#be123c', '#1d4ed8', '#4d7c0f']

/** One colour per model in every chart: by the model's place among the compared models. */
export const colorOf = (modelId: string, comparedIds: readonly string[]): string =>
  SERIES_COLORS[Math.max(0, comparedIds.indexOf(modelId)) % SERIES_COLORS.length]!

export const compactUsd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact' })

/**
 * Axis labels in the plot's text colour (ChartFigure: muted, 4.5:1 or more in either theme), as
 * an attribute, so a chart saved as PNG keeps it (recharts draws them #666: 3.1:1 on the dark
 * page; a stylesheet's colour did not reach the PNG).
 */
export const TICK = { fill: 'currentColor' } as const

/** Grid lines recede behind the data: faint, in the text colour of either theme. */
export const GRID = { stroke: 'currentColor', strokeOpacity: 0.15 } as const

/**
 * Recharts' hover tooltip, as every chart shows it (spread into `<Tooltip>`). What marks the place
 * under the pointer, a band behind a bar chart's bars or a line across a line chart, is faint in
 * the text colour of either theme (recharts draws it #ccc: a glaring band on the dark page). The
 * box is white in either theme, and its heading took the page's text colour, pale on the dark page
 * (2:1 on the white box): slate-700 reads in both.
 */
const TOOLTIP_LABEL = { color: '#334155' } as const
export const BAR_TOOLTIP = { cursor: { fill: 'currentColor', fillOpacity: 0.1 }, labelStyle: TOOLTIP_LABEL } as const
export const LINE_TOOLTIP = {
  cursor: { stroke: 'currentColor', strokeOpacity: 0.4 },
  labelStyle: TOOLTIP_LABEL,
} as const

/**
 * Each model's line width by its place among the compared models: earlier ones are drawn wider,
 * so two models at the same price show as a line within a line instead of one hiding the other.
 */
export const widthOf = (modelId: string, comparedIds: readonly string[]): number =>
  1.5 + 0.75 * Math.max(0, comparedIds.length - 1 - Math.max(0, comparedIds.indexOf(modelId)))

/**
 * A linear value axis (five ticks) shows every tick. Recharts' default ('preserveEnd') measures
 * each label in the DOM to drop overlapping ones, a forced layout per label on every redraw: 30–40
 * ms of the redraw after a long paste, profiled. Five ticks on a chart's height never overlap. (A
 * log axis keeps the default: it can have many ticks.)
 */
export const ALL_TICKS = 0
/** Space above the plot for the top tick's label, which is centred on the top edge. */
export const TOP_TICK_ROOM = 10

/**
 * The props of a compared model's line in a chart: its colour and width, named by its id (≈ where
 * its counts are estimates), straight segments, no dots, no animation. (Spread into recharts'
 * `<Line>`, which must be the chart's own child; its `key` is given beside.)
 */
export const modelLineProps = (modelId: string, comparedIds: readonly string[], estimate: boolean) => ({
  type: 'linear' as const,
  dataKey: modelId,
  name: `${modelId}${estimate ? ' ≈' : ''}`,
  stroke: colorOf(modelId, comparedIds),
  strokeWidth: widthOf(modelId, comparedIds),
  dot: false,
  isAnimationActive: false,
})

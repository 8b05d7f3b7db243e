export const SERIES_COLORS = ['#0f766e', '#b45309', '#7c3aed', '#be123c', '#1d4ed8', '#4d7c0f']

/** One colour per model in every chart: by the model's place among the compared models. */
export const colorOf = (modelId: string, comparedIds: readonly string[]): string =>
  SERIES_COLORS[Math.max(0, comparedIds.indexOf(modelId)) % SERIES_COLORS.length]!

export const compactUsd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact' })

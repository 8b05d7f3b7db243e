import type { ReactNode } from 'react'
import type { ModelCost } from '../../core/cost/scenario-costs.ts'

const usdPerMTok = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 6,
})
const perMTok = (usd: number) => usdPerMTok.format(usd)

/** The prices a row was computed with (its tier's, when one applies), and where they come from. */
export function PriceLine({ row }: { row: Pick<ModelCost, 'price' | 'prices'> }) {
  const { price, prices } = row
  const cached = prices.cachedInput === null ? '' : ` · ${perMTok(prices.cachedInput)} cached`
  const write = prices.cacheWrite === null ? '' : ` · ${perMTok(prices.cacheWrite)} cache write`
  return (
    <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">
      {perMTok(prices.input)} in{cached}
      {write} · {perMTok(prices.output)} out per 1M ·{' '}
      {price.sources.length === 0
        ? 'your prices'
        : price.sources
            .map((source, i) => (
              <a key={source.url} href={source.url} target="_blank" rel="noreferrer noopener" className="underline">
                source{price.sources.length > 1 ? ` ${i + 1}` : ''} ({source.checked})
              </a>
            ))
            .reduce<ReactNode[]>((all, link, i) => (i === 0 ? [link] : [...all, ', ', link]), [])}
    </span>
  )
}

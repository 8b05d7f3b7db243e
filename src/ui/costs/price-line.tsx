import type { ReactNode } from 'react'
import type { PriceRow } from '../../core/pricing/pricing-schema.ts'

const usdPerMTok = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 6,
})
const perMTok = (usd: number) => usdPerMTok.format(usd)

/** The prices a row was computed with, and where they come from. */
export function PriceLine({ price }: { price: PriceRow }) {
  return (
    <span className="block text-xs font-normal text-slate-500">
      {perMTok(price.input)} in · {perMTok(price.output)} out per 1M ·{' '}
      {price.sources.map((source, i) => (
        <a key={source.url} href={source.url} target="_blank" rel="noreferrer noopener" className="underline">
          source{price.sources.length > 1 ? ` ${i + 1}` : ''} ({source.checked})
        </a>
      )).reduce<ReactNode[]>((all, link, i) => (i === 0 ? [link] : [...all, ', ', link]), [])}
    </span>
  )
}

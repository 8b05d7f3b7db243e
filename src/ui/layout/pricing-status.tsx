import { pricesCheckedUpTo } from '../../core/pricing/release-history.ts'
import { PRICING_RELEASES } from '../../state/load-pricing.ts'
import { useStore } from '../../state/store.ts'

/** Which pricing release the page uses (and as of which date), or why it has none. */
export function PricingStatus() {
  const pricing = useStore((s) => s.pricing)
  const asOf = useStore((s) => s.scenario.pricingAsOf)
  if (pricing.status === 'loading') return <p className="text-sm text-slate-500 dark:text-slate-400">Loading prices…</p>
  if (pricing.status === 'error') {
    return (
      <div
        role="alert"
        data-testid="pricing-error"
        className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
      >
        <p className="font-semibold">Prices could not be loaded, so no cost is shown.</p>
        <pre className="mt-1 whitespace-pre-wrap font-mono text-xs">{pricing.message}</pre>
      </div>
    )
  }
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="pricing-version">
      Prices: release {pricing.release.data_version} (published {pricing.release.published}; prices checked up to{' '}
      <span data-testid="prices-checked">{pricesCheckedUpTo(pricing.release)}</span>), USD per 1M tokens
      {asOf ? `, as in force on ${asOf}` : ', current'}. Releases:{' '}
      {PRICING_RELEASES.map((release, i) => (
        <span key={release.fileName}>
          {i > 0 && ', '}
          <a href={release.url} className="underline" download={release.fileName.split('/').pop()}>
            {release.fileName.split('/').pop()}
          </a>
        </span>
      ))}
    </p>
  )
}

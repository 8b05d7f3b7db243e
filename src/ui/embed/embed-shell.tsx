import { lazy, Suspense, useMemo, useRef, type ComponentProps } from 'react'
import { hasWorstCase, scenarioCosts } from '../../core/cost/scenario-costs.ts'
import type { EmbedControl } from '../../core/url/embed-params.ts'
import type { EncodingName } from '../../core/tokenize/encodings.ts'
import { useStore } from '../../state/store.ts'
import { ImageControls } from '../controls/image-controls.tsx'
import { LeverField } from '../controls/lever-fields.tsx'
import { ModelMix } from '../controls/model-mix.tsx'
import { CostTable } from '../costs/cost-table.tsx'
import { useCostInputs } from '../hooks/use-cost-inputs.ts'
import { useModels } from '../hooks/use-models.ts'
import { useScenarioCounts } from '../hooks/use-scenario-counts.ts'
import { absoluteUrl, useShareLink } from '../hooks/use-share-link.ts'
import { CountingModeNotice } from '../input/counting-mode-notice.tsx'
import { SystemInput, UserPromptInput } from '../input/prompt-inputs.tsx'
import { TokenCount } from '../input/token-count.tsx'
import { Notices } from '../layout/notices.tsx'
import { PricingStatus } from '../layout/pricing-status.tsx'
import { useReportHeight } from './use-report-height.ts'

const MonthlyCostChart = lazy(() => import('../charts/monthly-cost-chart.tsx'))

const FIELDS: Record<Exclude<EmbedControl, 'system' | 'mix' | 'images'>, ComponentProps<typeof LeverField>['lever']> = {
  volume: 'volume',
  max_tokens: 'maxTokens',
  output: 'outputTokens',
  response_cache: 'responseCachePercent',
  prompt_cache: 'promptCachePercent',
  batch: 'batchPercent',
  reasoning: 'reasoningTokens',
}

/**
 * The compact widget (`?embed=1`): prompt, count, the chosen levers, costs, and a link to the
 * full page with the same scenario. It reports its height to the host page.
 */
export function EmbedShell({ controls }: { controls: readonly EmbedControl[] }) {
  const content = useRef<HTMLDivElement>(null)
  useReportHeight(content)
  const { counts, firstEncoding, firstIsEstimate } = useScenarioCounts()
  const scenario = useCostInputs()
  const pricingReady = useStore((s) => s.pricing.status === 'ready')
  const models = useModels()
  const link = useShareLink()
  const byEncoding = counts.counts
  const costs = useMemo(
    () => (pricingReady ? scenarioCosts(scenario, models, (e: EncodingName) => byEncoding[e]) : undefined),
    [pricingReady, scenario, models, byEncoding],
  )
  const fields = controls.flatMap((c) => (c in FIELDS ? [[c, FIELDS[c as keyof typeof FIELDS]] as const] : []))

  return (
    <div ref={content} className="flex flex-col gap-3 p-3">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-base font-semibold">promptmeter</h1>
        <a
          className="text-sm underline"
          href={link ? absoluteUrl(link) : undefined}
          target="_blank"
          rel="noopener"
          data-testid="open-full"
          aria-disabled={!link}
        >
          Open in promptmeter ↗
        </a>
      </header>
      <Notices />
      <main className="flex flex-col gap-3">
        <section aria-label="Prompt" className="flex flex-col gap-2">
          {controls.includes('system') && <SystemInput />}
          <UserPromptInput rows={4} />
          <TokenCount counts={counts} encoding={firstEncoding} estimate={firstIsEstimate} />
          <CountingModeNotice />
        </section>
        {(fields.length > 0 || controls.includes('mix') || controls.includes('images')) && (
          <section aria-label="Settings" className="flex flex-col gap-3">
            {controls.includes('mix') && <ModelMix />}
            {fields.length > 0 && (
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                {fields.map(([name, lever]) => (
                  <LeverField key={name} lever={lever} />
                ))}
              </div>
            )}
            {controls.includes('images') && <ImageControls />}
          </section>
        )}
        <section aria-label="Cost" className="flex flex-col gap-2">
          <PricingStatus />
          {costs && (
            <>
              <CostTable
                costs={costs}
                pending={counts.pending}
                showWorstCase={hasWorstCase(costs)}
                batchPercent={scenario.batchPercent}
              />
              <Suspense fallback={<p className="text-sm text-slate-500">Loading chart…</p>}>
                <MonthlyCostChart costs={costs} />
              </Suspense>
            </>
          )}
        </section>
      </main>
      <footer className="text-xs text-slate-500">Counted in your browser: the text is not sent anywhere.</footer>
    </div>
  )
}

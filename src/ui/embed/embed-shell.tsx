import { useRef } from 'react'
import { hasWorstCase } from '../../core/cost/scenario-costs.ts'
import { lever } from '../../core/scenario/levers.ts'
import type { EmbedControl } from '../../core/url/embed-params.ts'
import { ImageControls } from '../controls/image-controls.tsx'
import { LeverControl } from '../controls/lever-control.tsx'
import { CostTable } from '../costs/cost-table.tsx'
import { CountsProvider } from '../hooks/counts-context.tsx'
import { useFirstCountShown } from '../hooks/use-first-count-shown.ts'
import { useScenarioCosts } from '../hooks/use-scenario-costs.ts'
import { absoluteUrl, useShareLink } from '../hooks/use-share-link.ts'
import { CountingModeNotice } from '../input/counting-mode-notice.tsx'
import { SystemInput, UserPromptInput } from '../input/prompt-inputs.tsx'
import { TokenCount } from '../input/token-count.tsx'
import { Notices } from '../layout/notices.tsx'
import { PricingStatus } from '../layout/pricing-status.tsx'
import { Area, retryableLazy } from '../primitives/area.tsx'
import { useReportHeight } from './use-report-height.ts'

const MonthlyCostChart = retryableLazy(() => import('../charts/monthly-cost-chart.tsx'))
const loadingChart = <p className="text-sm text-slate-500 dark:text-slate-400">Loading chart…</p>

/**
 * The compact widget (`?embed=1`): prompt, count, the levers the host chose (`controls`, named
 * as in the lever table), costs, and a link to the full page with the same scenario. It reports
 * its height to the host page.
 */
export function EmbedShell({ controls }: { controls: readonly EmbedControl[] }) {
  return (
    <CountsProvider>
      <EmbedBody controls={controls} />
    </CountsProvider>
  )
}

function EmbedBody({ controls }: { controls: readonly EmbedControl[] }) {
  const content = useRef<HTMLDivElement>(null)
  useReportHeight(content)
  const { costs, lowCosts, scenario, ready, charts } = useScenarioCosts()
  const chartOn = useFirstCountShown()
  const link = useShareLink()
  // The system box sits with the prompt; the images lever brings its whole group.
  const settings = controls.filter((c) => c !== 'system')

  return (
    <div ref={content} className="flex flex-col gap-3 p-3">
      <main aria-label="promptmeter widget" className="flex flex-col gap-3">
        {/* Not a <header>: a widget inside someone's page is not that page's banner. */}
        <div className="flex flex-wrap items-baseline justify-between gap-2">
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
        </div>
        <Notices />

        <section aria-label="Your prompt" className="flex flex-col gap-2">
          {controls.includes('system') && <SystemInput />}
          <UserPromptInput rows={4} />
          <TokenCount />
          <CountingModeNotice />
        </section>
        {settings.length > 0 && (
          <section aria-label="Settings" className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {settings.map((param) =>
              lever(param).group === 'images' ? (
                <div key={param} className="sm:col-span-2">
                  <ImageControls />
                </div>
              ) : lever(param).kind === 'mix' ? (
                <div key={param} className="sm:col-span-2">
                  <LeverControl param={param} />
                </div>
              ) : (
                <LeverControl key={param} param={param} />
              ),
            )}
          </section>
        )}
        <section aria-label="Cost" className="flex flex-col gap-2">
          <PricingStatus />
          {ready && (
            <>
              <CostTable costs={costs} lowCosts={lowCosts} showWorstCase={hasWorstCase(costs)} scenario={scenario} />
              {chartOn ? (
                <Area name="The monthly cost chart" loading={loadingChart} onRetry={MonthlyCostChart.retry}>
                  <MonthlyCostChart costs={charts.costs} comparedIds={charts.scenario.modelIds} />
                </Area>
              ) : (
                loadingChart
              )}
            </>
          )}
        </section>
      </main>
      <footer className="text-xs text-slate-500 dark:text-slate-400">
        Counted in your browser: the text is not sent anywhere.
      </footer>
    </div>
  )
}

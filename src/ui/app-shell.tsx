import { memo } from 'react'
import { FoldingLeverGroup } from './controls/folding-lever-group.tsx'
import { ModelMix } from './controls/model-mix.tsx'
import { ScenarioControls } from './controls/scenario-controls.tsx'
import { AnswerSummary } from './costs/answer-summary.tsx'
import { CostsPanel } from './costs/costs-panel.tsx'
import { CountsProvider } from './hooks/counts-context.tsx'
import { CountingModeNotice } from './input/counting-mode-notice.tsx'
import { PromptInputs } from './input/prompt-inputs.tsx'
import { FileDrop } from './input/file-drop.tsx'
import RequestArea from './input/request-area.tsx'
import { TokenView } from './input/token-view.tsx'
import { TokenCount } from './input/token-count.tsx'
import { Notices } from './layout/notices.tsx'
import { Area } from './primitives/area.tsx'
import { PricingStatus } from './layout/pricing-status.tsx'
import { CopyLinkButton } from './share/copy-link-button.tsx'
import { EmbedDialog } from './share/embed-dialog.tsx'

// The parts that do not show the text or its count are memoized, so typing (which re-renders
// the text box, the counts and what reads them) leaves them alone.
const Header = memo(function Header() {
  return (
    <header className="flex flex-col gap-1">
      <h1 className="text-2xl font-bold">promptmeter</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Exact OpenAI token counts and projected monthly cost. Your text never leaves this browser.
      </p>
      <PricingStatus />
      <div className="flex flex-wrap items-center gap-2">
        <Area name="Copy link">
          <CopyLinkButton />
        </Area>
        <Area name="The embed dialog">
          <EmbedDialog />
        </Area>
      </div>
    </header>
  )
})

const Levers = memo(function Levers() {
  return (
    <section aria-label="Scenario" className="flex flex-col gap-6">
      <ModelMix />
      <FoldingLeverGroup
        group="routing"
        title="Routing: escalation and a classifier"
        gridClass="grid grid-cols-1 gap-3 sm:grid-cols-2"
      />
      <ScenarioControls />
      <FoldingLeverGroup
        group="caching"
        title="Caching, batch and reasoning"
        gridClass="grid grid-cols-1 gap-3 sm:grid-cols-2"
      />
      <FoldingLeverGroup
        group="workload"
        title="Conversations and packed items"
        gridClass="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3"
      />
      <FoldingLeverGroup group="latency" title="Latency: your measured speed" gridClass="grid grid-cols-1 gap-3" />
      <FoldingLeverGroup
        group="images"
        title="Images"
        gridClass="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4"
      />
    </section>
  )
})

export function AppShell() {
  return (
    <CountsProvider>
      {/* Bottom padding on phones: the summary is pinned over the end of the page. */}
      <div className="mx-auto flex max-w-6xl flex-col gap-6 p-4 pb-24 lg:pb-4">
        <Header />
        <Notices />
        <main className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <section aria-label="Prompt" className="flex flex-col gap-3">
            <Area name="The prompt boxes">
              <FileDrop>
                <PromptInputs />
              </FileDrop>
              <TokenCount />
              <CountingModeNotice />
            </Area>
            <Area name="The cost summary">
              <AnswerSummary />
            </Area>
            {/* Below the answer: the boxes, their count and the costs stay in view at 1280×800. */}
            <Area name="The rest of the request">
              <RequestArea />
            </Area>
            <Area name="The token view">
              <TokenView />
            </Area>
          </section>
          <Area name="The levers">
            <Levers />
          </Area>
          <div className="lg:col-span-2">
            <Area name="The costs">
              <CostsPanel />
            </Area>
          </div>
        </main>
      </div>
    </CountsProvider>
  )
}

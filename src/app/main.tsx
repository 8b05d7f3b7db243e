import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { parseEmbedParams } from '../core/url/embed-params.ts'
import { startAddressSync } from '../state/address-sync.ts'
import { initFromUrl } from '../state/init-from-url.ts'
import { useStore } from '../state/store.ts'
import { AppShell } from '../ui/app-shell.tsx'
import { EmbedShell } from '../ui/embed/embed-shell.tsx'
import { applyTheme } from '../ui/layout/apply-theme.ts'
import { ErrorBoundary } from '../ui/layout/error-boundary.tsx'
import { keepForOffline } from './offline.ts'
import { workerClient } from '../ui/hooks/worker-client.ts'
import './styles.css'

const { value: view, notices } = parseEmbedParams(window.location.search)
applyTheme(view.theme)
if (view.embed) document.title = 'promptmeter widget: LLM token and cost calculator'
useStore.getState().addNotices(notices)
const opened = { search: window.location.search, hash: window.location.hash }
void initFromUrl(useStore, opened).then(() => {
  // The widget leaves its address alone: it is the host's iframe src.
  if (!view.embed) startAddressSync(useStore, { opened, replace: replaceAddress })
})

function replaceAddress(address: string) {
  try {
    window.history.replaceState(window.history.state, '', address)
  } catch {
    // A sandboxed frame without an origin may not rewrite its address; nothing depends on it.
  }
}

keepForOffline()
// Most models count in o200k_base: its table loads while the prices do.
workerClient.warmUp('o200k_base')

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>{view.embed ? <EmbedShell controls={view.controls} /> : <AppShell />}</ErrorBoundary>
  </StrictMode>,
)

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { initFromUrl } from '../state/init-from-url.ts'
import { useStore } from '../state/store.ts'
import { AppShell } from '../ui/app-shell.tsx'
import { ErrorBoundary } from '../ui/layout/error-boundary.tsx'
import './styles.css'

void initFromUrl(useStore, window.location.search)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <AppShell />
    </ErrorBoundary>
  </StrictMode>,
)

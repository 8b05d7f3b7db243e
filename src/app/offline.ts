import { registerSW } from 'virtual:pwa-register'

/**
 * Makes the page work offline after the first visit (vite.config.ts says what is cached). A
 * frame without an origin (a widget sandboxed without allow-same-origin) cannot register a
 * service worker, and the development server has none: then this does nothing.
 */
export function keepForOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || window.origin === 'null') return
  try {
    registerSW({ immediate: true })
  } catch {
    // Refused (a private window, a locked-down browser): the page works as before, online.
  }
}

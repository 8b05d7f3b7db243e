import { useEffect } from 'react'
import { useStore } from '../../state/store.ts'
import { useShareLink } from '../hooks/use-share-link.ts'

/**
 * Keeps the address bar on the current scenario, so copying it reproduces what is on screen.
 * Waits for the prices: until then the models of an incoming link are not resolved yet.
 */
export function AddressSync() {
  const ready = useStore((s) => s.pricing.status === 'ready')
  const link = useShareLink()
  useEffect(() => {
    if (!ready || !link) return
    try {
      window.history.replaceState(window.history.state, '', `${link.search}${link.hash}`)
    } catch {
      // A sandboxed frame without an origin may not rewrite its address; the link still works.
    }
  }, [ready, link])
  return null
}

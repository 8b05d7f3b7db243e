import { sameTexts, withoutTexts, type Scenario } from '../core/scenario/scenario.ts'
import { shareLink } from '../core/url/share-link.ts'
import type { PageAddress } from '../core/url/open-link.ts'
import type { useStore } from './store.ts'

/** How long the address waits after the last change before it follows. */
export const ADDRESS_DELAY_MS = 300

export interface AddressSyncOptions {
  /** The address the page opened with. */
  opened: PageAddress
  /** Replaces the address (history.replaceState on the page). */
  replace: (address: string) => void
  delayMs?: number
}

/**
 * Keeps the address bar on the scenario's levers, so a reload (or a bookmark) keeps them, but
 * never on the texts: browser history is synced to other devices and servers, and the prompt
 * must not travel there. The texts enter an address only when the person asks for a link (Copy
 * link, Embed). One exception, which adds nothing to history: texts that came with the opened
 * link keep that link's fragment for as long as they are unchanged, so reloading a shared link
 * keeps its prompt. Waits for the prices, until which the models of a link are not resolved.
 * Returns the unsubscribe function.
 */
export function startAddressSync(
  store: typeof useStore,
  { opened, replace, delayMs = ADDRESS_DELAY_MS }: AddressSyncOptions,
) {
  const start = store.getState().scenario
  const fromLink = start
  let timer: ReturnType<typeof setTimeout> | undefined
  let last = ''
  let made = 0

  async function write(scenario: Scenario) {
    const id = ++made
    const keepsLinkTexts =
      opened.hash.startsWith('#z=') &&
      !sameTexts(scenario, withoutTexts(scenario)) &&
      sameTexts(scenario, fromLink) &&
      scenario.customModel === fromLink.customModel
    const link = await shareLink(withoutTexts(scenario))
    if (id !== made) return
    const address = `${link.search}${keepsLinkTexts ? opened.hash : link.hash}`
    if (address === last) return
    last = address
    replace(address)
  }

  const schedule = () => {
    const { pricing, scenario } = store.getState()
    if (pricing.status !== 'ready') return
    clearTimeout(timer)
    timer = setTimeout(() => void write(scenario), delayMs)
  }
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario || state.pricing !== previous.pricing) schedule()
  })
  schedule()
  return () => {
    clearTimeout(timer)
    unsubscribe()
  }
}

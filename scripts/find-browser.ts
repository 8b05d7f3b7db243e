import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/**
 * The Chromium the tests drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
 * Playwright's own download. undefined when there is none.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own)) return own
  } catch {
    // Playwright has no browser of its own here.
  }
  return undefined
}

/** Flags every launch uses: no sandbox (root in CI), and no calls home on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

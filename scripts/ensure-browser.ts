// Runs before the end-to-end tests: finds a Chromium or installs one, or fails with one line.
import { execSync } from 'node:child_process'
import { findChromium } from './find-browser.ts'

const HOW =
  'no Chromium found: set CHROMIUM_PATH, or install one (Debian: `apt-get install -y chromium`; elsewhere: `npx playwright install chromium`)'

function tryRun(command: string): boolean {
  try {
    execSync(command, { stdio: ['ignore', 'inherit', 'inherit'], timeout: 8 * 60_000 })
    return true
  } catch {
    return false
  }
}

if (process.env.CHROMIUM_PATH && !findChromium()) {
  console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`)
  process.exit(1)
}
let found = findChromium()
if (!found) {
  const isRoot = process.getuid?.() === 0
  console.log(
    isRoot
      ? 'No Chromium found; installing Debian chromium…'
      : 'No Chromium found; trying `npx playwright install chromium`…',
  )
  const installed = isRoot
    ? tryRun('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium')
    : tryRun('npx playwright install chromium')
  found = installed ? findChromium() : undefined
}
if (!found) {
  console.error(HOW)
  process.exit(1)
}
console.log(`Chromium: ${found}`)

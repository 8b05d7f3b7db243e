import { chromium } from '@playwright/test'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const p = await b.newPage()
await p.addInitScript(() => { window.lt = []; new PerformanceObserver((l) => l.getEntries().forEach((e) => window.lt.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true }) })
await p.goto('http://127.0.0.1:4321/?models=gpt-4o-mini')
await p.getByTestId('token-count').filter({ hasText: /^\d/ }).waitFor()
await p.evaluate(() => { window.lt.length = 0 })
const marks = await p.evaluate(() => {
  const line = 'The quick brown fox jumps over the lazy dog; 東京 🇯🇵 numbers 12345 and code() {}.\n'
  const t0 = performance.now()
  const text = line.repeat(Math.ceil(10_000_000 / line.length))
  const t1 = performance.now()
  const data = new DataTransfer(); data.setData('text/plain', text)
  const t2 = performance.now()
  document.querySelector('[data-testid=prompt-input]').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  const t3 = performance.now()
  return { make: [Math.round(t0), Math.round(t1 - t0)], setData: Math.round(t2 - t1), dispatch: Math.round(t3 - t2), end: Math.round(t3) }
})
console.log(JSON.stringify(marks))
await p.waitForFunction(() => document.querySelector('[data-testid="token-count"]')?.getAttribute('aria-busy') === 'false', null, { timeout: 120000 })
await p.waitForTimeout(1500)
console.log(JSON.stringify(await p.evaluate(() => window.lt)))
await b.close()

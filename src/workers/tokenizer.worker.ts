import { expose } from 'comlink'
import type { EncodingName } from '../core/tokenize/encodings.ts'
import { countPrompt } from '../core/tokenize/count-prompt.ts'
import { shareLink } from '../core/url/share-link.ts'

// Everything that takes time on megabytes of text runs here: counting, and compressing the
// texts into a share link.

// A newer request for an encoding makes older ones stale: they stop at their next yield.
const latest = new Map<EncodingName, number>()

const api = {
  countPrompt(encoding: EncodingName, systemText: string, userText: string, onProgress?: (done: number) => void) {
    const id = (latest.get(encoding) ?? 0) + 1
    latest.set(encoding, id)
    return countPrompt(encoding, systemText, userText, { isStale: () => latest.get(encoding) !== id, onProgress: onProgress && throttled(onProgress) })
  },
  shareLink,
}
// Each report crosses to the page and re-renders it: a few a second are plenty.
function throttled(report: (done: number) => void): (done: number) => void {
  let last = 0
  return (done) => {
    const now = performance.now()
    if (now - last < 100) return
    last = now
    void report(done)
  }
}

export type TokenizerWorkerApi = typeof api

expose(api)

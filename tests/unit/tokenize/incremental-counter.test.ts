import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ENCODING_NAMES, loadCounter } from '../../../src/core/tokenize/encodings.ts'
import { IncrementalCounter, StaleCountError } from '../../../src/core/tokenize/incremental-counter.ts'
import { tiktokenCount } from '../tiktoken-oracle.ts'
import { EDGY } from './edgy-text.ts'

const WORDS = [...EDGY, 'the ', 'quick ', 'Brown ', 'fox.\n', 'camelCase ', 'JSON ', '\n\n', '    ']

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 12 }),
  insert: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((parts) => parts.join('')),
})

describe.each(ENCODING_NAMES)('%s: incremental counts equal full counts', (encoding) => {
  it('after every random edit of a random document', async () => {
    const count = await loadCounter(encoding)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 300 }).map((parts) => parts.join('')),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        async (document, edits) => {
          // Small chunks: many of them, so edits land near, across and between chunk edges.
          const counter = new IncrementalCounter(count, encoding, { chunkChars: 12 })
          let text = document
          expect(await counter.count(text)).toBe(tiktokenCount(encoding, text))
          for (const { at, remove, insert } of edits) {
            const p = Math.floor(at * text.length)
            text = text.slice(0, p) + insert + text.slice(p + remove)
            expect(await counter.count(text)).toBe(tiktokenCount(encoding, text))
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('a count made stale stops, and the next one is still exact', async () => {
    const counter = new IncrementalCounter(await loadCounter(encoding), encoding, { chunkChars: 50, sliceMs: 0 })
    const long = 'The quick brown fox jumps over the lazy dog.\n'.repeat(200)
    let stale = false
    const progress: number[] = []
    const first = counter.count(long, { isStale: () => stale, onProgress: (done) => progress.push(done) })
    stale = true
    await expect(first).rejects.toBeInstanceOf(StaleCountError)
    expect(progress.length).toBeGreaterThan(0)
    expect(progress[0]).toBeLessThan(1)
    const edited = `${long}One more line.`
    expect(await counter.count(edited)).toBe(tiktokenCount(encoding, edited))
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ENCODING_NAMES, loadCounter } from '../../../src/core/tokenize/encodings.ts'
import { IncrementalCounter, StaleCountError } from '../../../src/core/tokenize/incremental-counter.ts'
import { tiktokenCount } from '../tiktoken-oracle.ts'
import { EDGY } from './edgy-text.ts'
import { assertProperty } from '../property.ts'

const WORDS = [...EDGY, 'the ', 'quick ', 'Brown ', 'fox.\n', 'camelCase ', 'JSON ', '\n\n', '    ']

/** A random document of words, edgy text and line breaks. */
const documentText = fc
  .array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 300 })
  .map((parts) => parts.join(''))

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 12 }),
  insert: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((parts) => parts.join('')),
})

describe.each(ENCODING_NAMES)('%s: incremental counts equal full counts', (encoding) => {
  it('after every random edit of a random document', async () => {
    const count = await loadCounter(encoding)
    await assertProperty(
      fc.asyncProperty(documentText, fc.array(edit, { minLength: 1, maxLength: 12 }), async (document, edits) => {
        // Small chunks: many of them, so edits land near, across and between chunk edges.
        const counter = new IncrementalCounter(count, encoding, { chunkChars: 12 })
        let text = document
        expect(await counter.count(text)).toBe(tiktokenCount(encoding, text))
        for (const { at, remove, insert } of edits) {
          const p = Math.floor(at * text.length)
          text = text.slice(0, p) + insert + text.slice(p + remove)
          expect(await counter.count(text)).toBe(tiktokenCount(encoding, text))
        }
      }),
      { numRuns: 150 },
    )
  })

  it('after every random edit given as the edit, reading only around it', async () => {
    const count = await loadCounter(encoding)
    await assertProperty(
      fc.asyncProperty(
        documentText,
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        async (document, edits, stopOnce) => {
          const counter = new IncrementalCounter(count, encoding, { chunkChars: 12, sliceMs: 0 })
          let text = document
          let counted = text
          expect(await counter.count(text)).toBe(tiktokenCount(encoding, text))
          for (const [i, { at, remove, insert }] of edits.entries()) {
            const from = Math.floor(at * text.length)
            const to = Math.min(text.length, from + remove)
            const after = text.slice(0, from) + insert + text.slice(to)
            // The edited text itself is a stand-in of the right length: a count that read it
            // instead of `slice` would be wrong. Only `slice` reads the text.
            const edited = {
              text: 'z'.repeat(after.length),
              base: counted,
              from,
              to,
              insertLength: insert.length,
              slice: (start: number, end: number) => after.slice(start, end),
            }
            // Now and then a count is cancelled part-way: the next edit must not trust its chunks.
            // (A count with nothing to do finishes before it would look.)
            if (stopOnce && i === 1) {
              await counter
                .count(edited, { isStale: () => true })
                .catch((error: unknown) => expect(error).toBeInstanceOf(StaleCountError))
              expect(await counter.count(after)).toBe(tiktokenCount(encoding, after))
              counted = after
            } else {
              expect(await counter.count(edited)).toBe(tiktokenCount(encoding, after))
              counted = edited.text
            }
            text = after
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

  it('lets events in while counting text with no safe split, inside one piece too, and can stop there', async () => {
    // As on the page without a worker: 30,000 "a"s are one piece, 60,000 digits 20,000 pieces
    // with no safe split between them (tiktoken, the reference, is quadratic on longer pieces).
    // Pausing after every step shows each is counted in many slices; a newer text stops the
    // count mid-piece.
    const options = { chunkChars: 1000, sliceMs: 0 }
    for (const text of ['a'.repeat(30_000), '1'.repeat(60_000), `${'x'.repeat(20_000)} ${'7'.repeat(30_000)}`]) {
      const counter = new IncrementalCounter(await loadCounter(encoding), encoding, options)
      const progress: number[] = []
      expect(await counter.count(text, { onProgress: (done) => progress.push(done) })).toBe(
        tiktokenCount(encoding, text),
      )
      expect(progress.length).toBeGreaterThanOrEqual(6)
      expect(progress.every((done) => done >= 0 && done <= 1)).toBe(true)

      const again = new IncrementalCounter(await loadCounter(encoding), encoding, options)
      let pauses = 0
      await expect(again.count(text, { isStale: () => ++pauses > 3 })).rejects.toBeInstanceOf(StaleCountError)
      expect(await again.count(`${text}!`)).toBe(tiktokenCount(encoding, `${text}!`))
    }
  })
})

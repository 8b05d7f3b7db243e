import { describe, expect, it } from 'vitest'
import { isMissingText, WORKER_KEEPS } from '../../../src/workers/text-ref.ts'
import { createWorkerApi } from '../../../src/workers/tokenizer-worker-api.ts'
import { tiktokenCount } from '../tiktoken-oracle.ts'

// A megabyte: counting it takes far longer than a millisecond on any machine.
const long = 'The quick brown fox jumps over the lazy dog. 東京 🦊\n'.repeat(20_000)

/** Which of the two settles first. */
async function firstOf(count: Promise<unknown>, window: Promise<unknown>): Promise<string[]> {
  const order: string[] = []
  await Promise.all([count.then(() => order.push('count')), window.then(() => order.push('window'))])
  return order
}

describe('the worker’s colouring windows beside a count', () => {
  it.each([
    ['a window asked for while a count runs waits for the count (the answer comes first)', 60_000, ['count', 'window']],
    ['but no longer than it is allowed to: a long count does not hold the colours back', 1, ['window', 'count']],
  ])('%s', async (_, windowWaitsMs, order) => {
    const api = createWorkerApi({ windowWaitsMs })
    await api.countPrompt('o200k_base', '', 'warm up')
    const count = api.countPrompt('o200k_base', '', long)
    const window = api.tokenWindow('o200k_base', long, 0, 2000)
    expect(await firstOf(count, window)).toEqual(order)
    expect((await count).promptTokens).toBe(tiktokenCount('o200k_base', long))
    // The window is the text's own tokens all the same.
    const segments = (await window).segments
    expect(segments.map((s) => long.slice(s.start, s.end)).join('')).toBe(long.slice(0, segments.at(-1)!.end))
  })

  it('a window that waited still has its text, though newer texts pushed it out of those kept meanwhile', async () => {
    const api = createWorkerApi({ windowWaitsMs: 60_000 })
    api.putText(1, long, true)
    const count = api.countPrompt('o200k_base', '', { id: 1 })
    const window = api.tokenWindow('o200k_base', { id: 1 }, 0, 2000)
    for (let id = 2; id < 2 + WORKER_KEEPS; id++) api.putText(id, `text ${id}`, true)
    await count
    const segments = (await window).segments
    expect(segments.map((s) => long.slice(s.start, s.end)).join('')).toBe(long.slice(0, segments.at(-1)!.end))
  })

  // Waiting, it would run into the test's time limit.
  it('a window asked for with no count under way does not wait', async () => {
    const api = createWorkerApi({ windowWaitsMs: 60_000 })
    await api.countPrompt('o200k_base', '', 'counted and done')
    expect((await api.tokenWindow('o200k_base', 'Hello world', 0, 11)).segments).toHaveLength(2)
  })
})

describe('the texts the worker keeps', () => {
  it('keeps a text in use however many newer ones come, and lets go of one no longer used, saying so if it is named', async () => {
    const api = createWorkerApi()
    api.putText(1, 'the system message, used by every count', true)
    api.putText(2, 'a text used once', true)
    for (let id = 3; id < 3 + 3 * WORKER_KEEPS; id++) {
      api.putText(id, `version ${id} of the prompt`, true)
      // Each count names the system message: it stays among those kept.
      const count = await api.countPrompt('o200k_base', { id: 1 }, { id })
      expect(count.systemTokens).toBe(tiktokenCount('o200k_base', 'the system message, used by every count'))
    }
    // (Thrown as the request is taken; across the channel, the page hears it as a rejection.)
    await expect(Promise.resolve().then(() => api.countPrompt('o200k_base', { id: 2 }, 'x'))).rejects.toSatisfy(
      isMissingText,
    )
  })
})

describe('the worker warming its counting code', () => {
  const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms))

  /**
   * A worker API with these warm-up timings; `warmed` waits (10 s at most) for when it finished
   * warming, `warmings` says how many times it has.
   */
  function warming(options: { warmWhenQuietMs: number; warmAfterLoadMs: number }) {
    let warmedAt: number | undefined
    let times = 0
    const api = createWorkerApi({
      ...options,
      onWarm: () => {
        warmedAt = performance.now()
        times++
      },
    })
    const warmed = async () => {
      for (let waited = 0; warmedAt === undefined && waited < 10_000; waited += 10) await sleep(10)
      return warmedAt!
    }
    return { api, warmed, warmings: () => times }
  }

  it('waits until no request has come for a while, then counts its warm-up texts once', async () => {
    const quietMs = 300
    // (Warming may begin at once after the encoding loads: the page-drawing pause is tested below.)
    const { api, warmed, warmings } = warming({ warmWhenQuietMs: quietMs, warmAfterLoadMs: 0 })
    await api.warmUp('o200k_base')
    // A request every 10 ms: never quiet for long.
    let lastRequestAt = 0
    for (let i = 0; i < 15; i++) {
      lastRequestAt = performance.now()
      expect((await api.countPrompt('o200k_base', '', `keystroke ${i}`)).promptTokens).toBe(
        tiktokenCount('o200k_base', `keystroke ${i}`),
      )
      await sleep(10)
    }
    // Not begun before the worker had been quiet that long (counting both texts takes far less).
    expect((await warmed()) - lastRequestAt).toBeGreaterThanOrEqual(quietMs)
    expect(warmings()).toBe(1)
    // A second warmUp (another page asking) loads nothing new and does not warm again.
    await api.warmUp('o200k_base')
    await sleep(quietMs + 200)
    expect(warmings()).toBe(1)
  })

  it('does not begin sooner than it is told after the encoding loaded, quiet or not', async () => {
    const { api, warmed } = warming({ warmWhenQuietMs: 0, warmAfterLoadMs: 500 })
    // Taken before: the worker notes the load a moment before warmUp's promise reaches the test
    // (once 7 ms before, on a busy machine, which failed this test when taken after). The table
    // is loaded already (loadCounter keeps it), so warming at once would end long before 500 ms.
    const asked = performance.now()
    await api.warmUp('o200k_base')
    expect((await warmed()) - asked).toBeGreaterThanOrEqual(500)
  })

  it('waits for a count under way (one request, quiet while it runs) rather than take turns with it', async () => {
    const { api, warmed } = warming({ warmWhenQuietMs: 20, warmAfterLoadMs: 0 })
    await api.warmUp('o200k_base')
    // One piece of a million letters: counted in steps for longer than the warm-up takes.
    const letters = 'a'.repeat(1_000_000)
    const count = await api.countPrompt('o200k_base', '', letters)
    const countedAt = performance.now()
    expect(count.promptTokens).toBe(125_000)
    expect(await warmed()).toBeGreaterThan(countedAt)
  })
})

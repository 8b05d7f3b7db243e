import { expose } from 'comlink'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../src/core/scenario/scenario.ts'
import { StaleCountError } from '../../../src/core/tokenize/incremental-counter.ts'
import { shareLink } from '../../../src/core/url/share-link.ts'
import { CLIENT_KEEPS, INLINE_TEXT_CHARS, missingText, UPLOAD_PART_CHARS } from '../../../src/workers/text-ref.ts'
import { TokenizerClient, type WorkerLike } from '../../../src/workers/tokenizer-client.ts'
import { createWorkerApi } from '../../../src/workers/tokenizer-worker-api.ts'
import { tiktokenCount } from '../tiktoken-oracle.ts'

const ports: MessagePort[] = []
afterEach(() => ports.splice(0).forEach((port) => port.close()))

/** A worker in this thread: the real worker API exposed on one end of a message channel. */
function inThreadWorker(api: object = createWorkerApi()): WorkerLike {
  const { port1, port2 } = new MessageChannel()
  ports.push(port1, port2)
  expose(api, port1)
  return port2 as unknown as WorkerLike
}

/** An in-thread worker that notes the name of each method the client calls (and each reply, if asked). */
function spyingWorker(
  seen: string[],
  { replies = false, api = () => createWorkerApi() as object } = {},
): () => WorkerLike {
  return () => {
    const port = inThreadWorker(api())
    const post = port.postMessage.bind(port)
    port.postMessage = (message: { path?: string[] }, transfer?: Transferable[]) => {
      seen.push(message.path?.[0] ?? '')
      post(message, transfer ?? [])
    }
    if (replies) port.addEventListener('message', () => seen.push('reply'))
    return port
  }
}

/** A worker whose script fails to load, as a blocked or CSP-refused one does. */
function failingWorker(): WorkerLike {
  const target = new EventTarget()
  setTimeout(
    () => target.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: 'blocked' })),
    5,
  )
  return Object.assign(target, { postMessage: () => {} }) as unknown as WorkerLike
}

const billed = (system: string, user: string) => {
  const t = (s: string) => tiktokenCount('o200k_base', s)
  return (system === '' ? 0 : 3 + t('system') + t(system)) + 3 + t('user') + t(user) + 3
}

describe('the tokenizer bridge, with a worker', () => {
  it('counts in the worker, exactly, uploading a large text in parts', async () => {
    const onModeChange = vi.fn()
    const client = new TokenizerClient({ onModeChange, startWorker: inThreadWorker })
    const big = 'The quick brown fox 東京 🦊.\n'.repeat(Math.ceil((INLINE_TEXT_CHARS * 1.5) / 26))
    expect(big.length).toBeGreaterThan(INLINE_TEXT_CHARS)
    const count = await client.countPrompt('o200k_base', 'Be brief.', big)
    expect(count.promptTokens).toBe(tiktokenCount('o200k_base', big))
    expect(count.billedInputTokens).toBe(billed('Be brief.', big))
    expect(client.mode).toBe('worker')
    expect(onModeChange).not.toHaveBeenCalled()
  })

  it('sends edits of a large text as the changes, not the text again, and counts the edited text exactly', async () => {
    // The names of the worker methods the client calls, in order.
    const called: string[] = []
    const client = new TokenizerClient({ startWorker: spyingWorker(called) })
    const big = 'The quick brown fox 東京 🦊.\n'.repeat(Math.ceil((INLINE_TEXT_CHARS * 1.5) / 26))
    await client.countPrompt('o200k_base', '', big)
    expect(called.filter((name) => name === 'putText')).toHaveLength(1)
    called.length = 0
    // Three keystrokes, counted after the last only: the texts between are rebuilt from the edits.
    let text = big
    const edits: [number, number, string][] = [
      [5, 5, 'x'],
      [100, 103, ''],
      [big.length - 10, big.length - 10, '東京 🦊'],
    ]
    for (const [from, to, insert] of edits) {
      const after = text.slice(0, from) + insert + text.slice(to)
      client.recordEdit({ before: text, after, from, to, insert })
      text = after
    }
    expect((await client.countPrompt('o200k_base', '', text)).promptTokens).toBe(tiktokenCount('o200k_base', text))
    expect(called.filter((name) => name !== 'countPrompt')).toEqual(['editText', 'editText', 'editText'])
    // A paste of megabytes is no small change: it goes up in parts.
    const pasted = text + big
    client.recordEdit({ before: text, after: pasted, from: text.length, to: text.length, insert: big })
    called.length = 0
    expect((await client.countPrompt('o200k_base', '', pasted)).promptTokens).toBe(tiktokenCount('o200k_base', pasted))
    expect(called.filter((name) => name === 'editText')).toEqual([])
    expect(called.filter((name) => name === 'putText').length).toBeGreaterThan(0)
  })

  it('asks for the count of an uploaded text right behind its last part, not after the worker’s reply', async () => {
    // What crosses the channel, in order: the client's requests and the worker's replies.
    const seen: string[] = []
    const client = new TokenizerClient({ startWorker: spyingWorker(seen, { replies: true }) })
    // Three parts, each posted in a task of its own.
    const big = 'The quick brown fox 東京 🦊.\n'.repeat(Math.ceil((UPLOAD_PART_CHARS * 2.5) / 26))
    expect((await client.countPrompt('o200k_base', '', big)).promptTokens).toBe(tiktokenCount('o200k_base', big))
    // (The worker here shares the thread: it may answer a part before the next is posted.)
    const asked = seen.indexOf('countPrompt')
    expect(seen.slice(0, asked).filter((s) => s === 'putText')).toHaveLength(3)
    expect(seen[asked - 1]).toBe('putText')
  })

  it('sends a long text ahead as soon as it is told (a paste), and the count that follows does not send it again', async () => {
    const seen: string[] = []
    const client = new TokenizerClient({ startWorker: spyingWorker(seen) })
    const big = 'The quick brown fox 東京 🦊.\n'.repeat(Math.ceil((INLINE_TEXT_CHARS * 1.5) / 26))
    client.sendAhead(big)
    // Posted at once, before anything asked for a count.
    expect(seen).toEqual(['putText'])
    // Short texts travel inline with their request: nothing to send ahead.
    client.sendAhead('short')
    expect(seen).toEqual(['putText'])
    expect((await client.countPrompt('o200k_base', '', big)).promptTokens).toBe(tiktokenCount('o200k_base', big))
    expect(seen).toEqual(['putText', 'countPrompt'])
  })

  it('asks for a pasted box’s count at once, in the counters last asked for, and the page’s request takes it', async () => {
    const seen: string[] = []
    const client = new TokenizerClient({ startWorker: spyingWorker(seen) })
    await Promise.all([
      client.countPrompt('o200k_base', 'Be brief.', 'short'),
      client.countPrompt('cl100k_base', 'Be brief.', 'short'),
    ])
    seen.length = 0
    const big = 'The quick brown fox 東京 🦊.\n'.repeat(Math.ceil((INLINE_TEXT_CHARS * 1.5) / 26))
    client.sendAhead(big)
    client.countAhead('user', big)
    // The text and a count in each counter are posted at once, in this task: before the page
    // renders the paste and asks.
    expect(seen).toEqual(['putText', 'countPrompt', 'countPrompt'])
    const heard: number[] = []
    const [o200k, cl100k] = await Promise.all([
      client.countPrompt('o200k_base', 'Be brief.', big, (done) => heard.push(done)),
      client.countPrompt('cl100k_base', 'Be brief.', big),
    ])
    expect(o200k.billedInputTokens).toBe(billed('Be brief.', big))
    expect(cl100k.promptTokens).toBe(tiktokenCount('cl100k_base', big))
    // Taken, not asked again.
    expect(seen).toEqual(['putText', 'countPrompt', 'countPrompt'])
    // Taken once: a later request (a retry) asks again.
    await client.countPrompt('o200k_base', 'Be brief.', big)
    expect(seen.filter((name) => name === 'countPrompt')).toHaveLength(3)
  })

  it('asks ahead only in the counters the page last asked for together', async () => {
    const seen: string[] = []
    const client = new TokenizerClient({ startWorker: spyingWorker(seen) })
    await Promise.all([client.countPrompt('o200k_base', '', 'short'), client.countPrompt('cl100k_base', '', 'short')])
    // A model taken out of the comparison: the page now asks in one counter, for the same texts.
    await client.countPrompt('o200k_base', '', 'short')
    seen.length = 0
    client.countAhead('user', 'pasted')
    expect(seen).toEqual(['countPrompt'])
    expect((await client.countPrompt('o200k_base', '', 'pasted')).promptTokens).toBe(
      tiktokenCount('o200k_base', 'pasted'),
    )
    expect(seen).toEqual(['countPrompt'])
  })

  it('asks again where the page’s request is for other texts than the count started ahead, which gives way', async () => {
    const seen: string[] = []
    const client = new TokenizerClient({ startWorker: spyingWorker(seen) })
    await client.countPrompt('o200k_base', '', 'short')
    seen.length = 0
    // The system box was pasted into, but the page asks with another system text.
    client.countAhead('system', 'You are terse.')
    await vi.waitFor(() => expect(seen).toEqual(['countPrompt']))
    const asked = await client.countPrompt('o200k_base', 'Be brief.', 'short')
    expect(asked.billedInputTokens).toBe(billed('Be brief.', 'short'))
    expect(seen).toEqual(['countPrompt', 'countPrompt'])
    // A long text started ahead and overtaken while it uploads is never asked for at all.
    seen.length = 0
    client.countAhead('system', 'lorem ipsum dolor sit amet '.repeat(20_000))
    await client.countPrompt('o200k_base', 'Be brief.', 'short')
    expect(seen.filter((name) => name === 'countPrompt')).toEqual(['countPrompt'])
  })

  it('counts a large text edit after edit exactly, each counted as its edit (at the start, middle, end, across lines)', async () => {
    const client = new TokenizerClient({ startWorker: inThreadWorker })
    let text = 'The quick brown fox 東京 🦊.\n'.repeat(Math.ceil((INLINE_TEXT_CHARS * 1.5) / 26))
    await client.countPrompt('o200k_base', '', text)
    // Each edit, given the current length.
    const edits: ((length: number) => [number, number, string])[] = [
      () => [0, 0, 'x'],
      () => [40_000, 40_030, ''],
      (length) => [length - 1, length, ' 🦊🦊\r\n'],
      () => [200_000, 200_000, '\n\nNew paragraph. '],
      () => [10, 300_000, 'merged'],
    ]
    for (const edit of edits) {
      const [from, to, insert] = edit(text.length)
      const after = text.slice(0, from) + insert + text.slice(to)
      client.recordEdit({ before: text, after, from, to, insert })
      text = after
      expect((await client.countPrompt('o200k_base', 'Be brief.', text)).billedInputTokens).toBe(
        billed('Be brief.', text),
      )
    }
  })

  it('cancels a long count when a newer one arrives: the stale one rejects, the newer is exact', async () => {
    const client = new TokenizerClient({ startWorker: inThreadWorker })
    await client.countPrompt('o200k_base', '', 'warm up')
    const long = 'lorem ipsum dolor sit amet '.repeat(150_000)
    const stale = client.countPrompt('o200k_base', '', long)
    const fresh = client.countPrompt('o200k_base', '', 'the newer text')
    await expect(stale).rejects.toThrow(/newer text replaced this one/)
    expect((await fresh).promptTokens).toBe(tiktokenCount('o200k_base', 'the newer text'))
  })

  it('keeps a long system message sent while the prompt is typed in, key after key: it is never sent again', async () => {
    const called: string[] = []
    const client = new TokenizerClient({ startWorker: spyingWorker(called) })
    const system = 'Answer as the style guide says. 東京 🦊\n'.repeat(Math.ceil((INLINE_TEXT_CHARS * 1.2) / 36))
    let prompt = 'The quick brown fox 東京 🦊.\n'.repeat(Math.ceil((INLINE_TEXT_CHARS * 1.2) / 26))
    await client.countPrompt('o200k_base', system, prompt)
    expect(called.filter((name) => name === 'putText')).toHaveLength(2)
    called.length = 0
    // More keystrokes than the client remembers texts: the system message, used by each count,
    // stays remembered (it was let go after three, and sent again in parts).
    for (let key = 0; key < 2 * CLIENT_KEEPS; key++) {
      const after = `${prompt.slice(0, key)}x${prompt.slice(key)}`
      client.recordEdit({ before: prompt, after, from: key, to: key, insert: 'x' })
      prompt = after
      expect((await client.countPrompt('o200k_base', system, prompt)).billedInputTokens).toBe(billed(system, prompt))
    }
    expect(called.filter((name) => name === 'putText')).toEqual([])
    expect(called.filter((name) => name === 'editText')).toHaveLength(2 * CLIENT_KEEPS)
  })

  it('sends a long message between the boxes once, then as its edits, and counts each message exactly', async () => {
    const called: string[] = []
    const client = new TokenizerClient({ startWorker: spyingWorker(called) })
    let long = 'An earlier answer, 東京 🦊 and all.\n'.repeat(Math.ceil((INLINE_TEXT_CHARS * 1.5) / 32))
    const parts = (content: string) => ({
      messages: [
        { role: 'user' as const, content: 'Short question?' },
        { role: 'assistant' as const, content },
      ],
      tools: '',
      responseFormat: '',
    })
    const expected = (content: string) => [
      tiktokenCount('o200k_base', 'Short question?'),
      tiktokenCount('o200k_base', content),
    ]
    expect((await client.countRequestParts('o200k_base', parts(long), '', '')).contentTokens).toEqual(expected(long))
    expect(called.filter((name) => name === 'putText')).toHaveLength(1)
    called.length = 0
    for (const at of [0, 100_000, long.length]) {
      const after = `${long.slice(0, at)}🦊 x${long.slice(at)}`
      client.recordEdit({ before: long, after, from: at, to: at, insert: '🦊 x' })
      long = after
      expect((await client.countRequestParts('o200k_base', parts(long), '', '')).contentTokens).toEqual(expected(long))
    }
    expect(called).toEqual([
      'editText',
      'countRequestParts',
      'editText',
      'countRequestParts',
      'editText',
      'countRequestParts',
    ])
  })

  it('sends a text again if the worker has let it go, and the request still counts it', async () => {
    const called: string[] = []
    let forgetOnce = true
    const client = new TokenizerClient({
      startWorker: spyingWorker(called, {
        api: () => {
          const api = createWorkerApi()
          // The worker's first count names a text it no longer holds, as one let go would.
          const countPrompt: typeof api.countPrompt = (...args) => {
            if (!forgetOnce) return api.countPrompt(...args)
            forgetOnce = false
            return Promise.reject(missingText(1))
          }
          return { ...api, countPrompt }
        },
      }),
    })
    const big = 'The quick brown fox 東京 🦊.\n'.repeat(Math.ceil((INLINE_TEXT_CHARS * 1.5) / 26))
    expect((await client.countPrompt('o200k_base', '', big)).promptTokens).toBe(tiktokenCount('o200k_base', big))
    expect(called).toEqual(['putText', 'countPrompt', 'putText', 'countPrompt'])
  })

  it('makes share links in the worker that equal the page’s own', async () => {
    const client = new TokenizerClient({ startWorker: inThreadWorker })
    const scenario = { ...DEFAULT_SCENARIO, prompt: 'x'.repeat(INLINE_TEXT_CHARS + 10), system: 'Be brief.' }
    expect(await client.shareLink(scenario, { embed: '1' })).toEqual(await shareLink(scenario, { embed: '1' }))
  })
})

describe('the tokenizer bridge, falling back to the page', () => {
  it.each([
    [
      'the worker cannot be constructed',
      () => () => {
        throw new Error('SecurityError')
      },
    ],
    ['the worker script fails to load', () => failingWorker],
  ])('counts on the page when %s, and says so once', async (_, makeStart) => {
    const onModeChange = vi.fn()
    const client = new TokenizerClient({ onModeChange, startWorker: makeStart() as () => WorkerLike })
    const text = 'Worker-less counting: ½ ünïcödé 👩‍🔬'
    expect((await client.countPrompt('o200k_base', '', text)).promptTokens).toBe(tiktokenCount('o200k_base', text))
    expect((await client.countPrompt('o200k_base', 'sys', text)).billedInputTokens).toBe(billed('sys', text))
    expect(client.mode).toBe('main-thread')
    expect(onModeChange).toHaveBeenCalledTimes(1)
    expect(onModeChange).toHaveBeenCalledWith('main-thread')
  })

  it('never loads an open vocabulary on the page: that request is superseded (its models become estimates)', async () => {
    const client = new TokenizerClient({
      startWorker: () => {
        throw new Error('no workers here')
      },
    })
    await expect(client.countPrompt('llama-3', '', 'Hi there')).rejects.toBeInstanceOf(StaleCountError)
    expect(client.mode).toBe('main-thread')
    expect((await client.countPrompt('o200k_base', '', 'Hi there')).promptTokens).toBe(
      tiktokenCount('o200k_base', 'Hi there'),
    )
  })

  it('cancels a stale count on the page too', async () => {
    const client = new TokenizerClient({
      startWorker: () => {
        throw new Error('no workers here')
      },
    })
    await client.countPrompt('o200k_base', '', 'warm up')
    const stale = client.countPrompt('o200k_base', '', 'lorem ipsum dolor sit amet '.repeat(150_000))
    const fresh = client.countPrompt('o200k_base', '', 'newer')
    await expect(stale).rejects.toThrow(/newer text replaced this one/)
    expect((await fresh).promptTokens).toBe(tiktokenCount('o200k_base', 'newer'))
  })
})

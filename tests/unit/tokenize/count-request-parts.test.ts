import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countRequestParts, laidOutMessages, type RequestParts } from '../../../src/core/chat/request-parts.ts'
import type { ChatMessage } from '../../../src/core/chat/chat-input-tokens.ts'
import type { EditedText } from '../../../src/core/text/edited-text.ts'
import { countRequestPartsIn } from '../../../src/core/tokenize/count-request-parts.ts'
import { loadCounter } from '../../../src/core/tokenize/encodings.ts'
import { StaleCountError } from '../../../src/core/tokenize/incremental-counter.ts'
import { tiktokenCount } from '../tiktoken-oracle.ts'
import { assertProperty } from '../property.ts'
import { EDGY } from './edgy-text.ts'
import { referenceCount, vocabulary } from '../vocabulary-oracle.ts'

const WORDS = [...EDGY, 'the ', 'quick ', 'Brown ', 'fox.\n', 'camelCase ', 'JSON ', '\n\n', '    ']
const messageText = fc.array(fc.constantFrom(...WORDS), { maxLength: 200 }).map((parts) => parts.join(''))
const conversation = fc.array(
  fc.record({ role: fc.constantFrom('user' as const, 'assistant' as const), content: messageText }),
  { minLength: 1, maxLength: 4 },
)
/** An edit of one message (`which`, of those there are), or that message taken out. */
const change = fc.record({
  which: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 12 }),
  insert: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((parts) => parts.join('')),
  takeOut: fc.boolean(),
})

const partsOf = (messages: readonly ChatMessage[]): RequestParts => ({ messages, tools: '', responseFormat: '' })

/** `after`, as the worker hands it on: an edit of the text counted before, readable only through `slice`. */
function editOf(base: string, after: string, from: number, to: number, insertLength: number): EditedText {
  // A stand-in of the right length: a count that read it instead of `slice` would be wrong.
  return { text: 'z'.repeat(after.length), base, from, to, insertLength, slice: (a, b) => after.slice(a, b) }
}

describe('the messages between the boxes, each counted incrementally', () => {
  it('equal a whole count of the request after every edit of any message, given as the edit, and after one is taken out', async () => {
    const count = await loadCounter('o200k_base')
    await assertProperty(
      fc.asyncProperty(conversation, fc.array(change, { minLength: 1, maxLength: 8 }), async (start, changes) => {
        let messages: ChatMessage[] = start
        // What each message's counter saw last: the stand-in of an edit, or the text itself.
        let seen = messages.map((m) => m.content)
        const check = async (contents: readonly (string | EditedText)[]) => {
          const counted = await countRequestPartsIn('o200k_base', partsOf(messages), '', '', { contents })
          const whole = countRequestParts(partsOf(messages), count, 'o200k_base')
          expect(counted).toEqual(whole)
          expect(counted.contentTokens).toEqual(messages.map((m) => tiktokenCount('o200k_base', m.content)))
        }
        await check(seen)
        for (const { which, at, remove, insert, takeOut } of changes) {
          const i = Math.floor(which * messages.length)
          if (takeOut && messages.length > 1) {
            // The messages after it move up a place: their counters meet other texts.
            messages = messages.filter((_, j) => j !== i)
            seen = messages.map((m) => m.content)
            await check(seen)
            continue
          }
          const text = messages[i]!.content
          const from = Math.floor(at * text.length)
          const to = Math.min(text.length, from + remove)
          const after = text.slice(0, from) + insert + text.slice(to)
          const edited = editOf(seen[i]!, after, from, to, insert.length)
          messages = messages.map((m, j) => (j === i ? { ...m, content: after } : m))
          const contents = seen.map((s, j) => (j === i ? edited : s))
          // The worker passes the messages with the texts it holds: for the edited one, the stand-in.
          const counted = await countRequestPartsIn(
            'o200k_base',
            partsOf(messages.map((m, j) => (j === i ? { ...m, content: edited.text } : { ...m, content: seen[j]! }))),
            '',
            '',
            { contents },
          )
          const whole = countRequestParts(partsOf(messages), count, 'o200k_base')
          expect(counted.contentTokens).toEqual(whole.contentTokens)
          expect(counted.messagesTokens).toBe(whole.messagesTokens)
          seen = seen.map((s, j) => (j === i ? edited.text : s))
        }
      }),
      { numRuns: 100 },
    )
  })

  it('a keystroke in a long message reads only the part around it, the other messages not at all', async () => {
    const long = 'The quick brown fox jumps over the lazy dog. '.repeat(10_000) // 450,000 characters
    const other = 'Earlier answer, kept as it was.\n'.repeat(5_000)
    const messages: ChatMessage[] = [
      { role: 'user', content: long },
      { role: 'assistant', content: other },
    ]
    await countRequestPartsIn('cl100k_base', partsOf(messages), '', '')
    const at = 200_000
    const after = `${long.slice(0, at)}x${long.slice(at)}`
    let read = 0
    const edited: EditedText = {
      ...editOf(long, after, at, at, 1),
      slice: (a, b) => {
        read += b - a
        return after.slice(a, b)
      },
    }
    const counted = await countRequestPartsIn(
      'cl100k_base',
      partsOf([{ role: 'user', content: edited.text }, messages[1]!]),
      '',
      '',
      { contents: [edited, other] },
    )
    expect(counted.contentTokens).toEqual([tiktokenCount('cl100k_base', after), tiktokenCount('cl100k_base', other)])
    // A chunk or two (32,768 characters each) and the context around them, not 450,000.
    expect(read).toBeGreaterThan(0)
    expect(read).toBeLessThan(100_000)
  })

  it('a count a newer one makes stale stops, and the next is exact', async () => {
    const long = 'Lorem ipsum dolor sit amet, 東京 and 🙂 too. '.repeat(20_000)
    const messages: ChatMessage[] = [{ role: 'user', content: long }]
    let progressed = false
    const first = countRequestPartsIn('o200k_base', partsOf(messages), '', '', {
      isStale: () => true,
      onProgress: () => (progressed = true),
    })
    await expect(first).rejects.toBeInstanceOf(StaleCountError)
    expect(progressed).toBe(true)
    const counted = await countRequestPartsIn('o200k_base', partsOf(messages), '', '')
    expect(counted.contentTokens).toEqual([tiktokenCount('o200k_base', long)])
  })

  it('in an open vocabulary, the laid-out request too: after edits of a long message, as the reference counts it', async () => {
    const name = 'llama-3'
    const vocab = vocabulary(name)
    const system = 'Be brief.'
    const user = 'And now?'
    let long = 'An earlier answer: 東京, naïve café 🦊 <|eot_id|> kept as text.\n'.repeat(3_000)
    const messages = (content: string): ChatMessage[] => [
      { role: 'user', content: 'Earlier question?' },
      { role: 'assistant', content },
    ]
    let seen = long
    const options = { vocabulary: vocab }
    await countRequestPartsIn(name, partsOf(messages(long)), system, user, options)
    for (const at of [0, 90_000, long.length]) {
      const after = `${long.slice(0, at)}🦊 x${long.slice(at)}`
      const edited = editOf(seen, after, at, at, '🦊 x'.length)
      const counted = await countRequestPartsIn(name, partsOf(messages(after)), system, user, {
        ...options,
        contents: ['Earlier question?', edited],
      })
      long = after
      seen = edited.text
      const laidOut = laidOutMessages(vocab, messages(long), system, user)!
      expect(counted.contentTokens).toEqual([vocab.count('Earlier question?'), vocab.count(long)])
      expect(counted.messagesTokens).toBe(vocab.count(laidOut.with) - vocab.count(laidOut.without))
    }
    // The engine here is the one the reference library checks (vocabularies.test.ts); once more against it.
    const laidOut = laidOutMessages(vocab, messages(long), system, user)!
    const counted = await countRequestPartsIn(name, partsOf(messages(long)), system, user, options)
    expect(counted.messagesTokens).toBe(
      (await referenceCount(name, laidOut.with)) - (await referenceCount(name, laidOut.without)),
    )
  })
})

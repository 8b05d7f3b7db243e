import type { CounterName } from '../core/tokenize/count-prompt.ts'
import { countPrompt } from '../core/tokenize/count-prompt.ts'
import { countRequestPartsIn, plainCounter } from '../core/tokenize/count-request-parts.ts'
import { countBatchFile } from '../core/files/batch-file.ts'
import type { RequestParts } from '../core/chat/request-parts.ts'
import type { Scenario } from '../core/scenario/scenario.ts'
import { shareLink } from '../core/url/share-link.ts'
import { tokenWindow } from '../core/tokenize/token-window.ts'
import { loadCounter, type CountRange, type EncodingName } from '../core/tokenize/encodings.ts'
import { IncrementalCounter, StaleCountError } from '../core/tokenize/incremental-counter.ts'
import { warmUpTexts } from '../core/tokenize/warm-up-texts.ts'
import { PieceText } from '../core/text/piece-text.ts'
import { textOf, type TextInput } from '../core/text/edited-text.ts'
import { LatestRequests } from './latest-requests.ts'
import { missingText, WORKER_KEEPS, type TextRef } from './text-ref.ts'

/** The longest a colouring window waits for a count under way. */
const WINDOW_WAITS_MS = 100
/** Quiet this long (no request), the worker warms its counting code (warm-up-texts.ts). */
const WARM_WHEN_QUIET_MS = 300
/**
 * And not sooner than this after its encoding loaded: the page is still drawing its charts
 * then, and sends no request while it does (warming then drew the first chart 300–500 ms later).
 */
const WARM_AFTER_LOAD_MS = 2_000
/**
 * The warm-up counts in small chunks and short slices: a request arriving meanwhile waits for
 * the slice under way, then the warm-up stops until the worker is quiet again.
 */
const WARM_CHUNK_CHARS = 4_096
const WARM_SLICE_MS = 4

export interface WorkerApiOptions {
  windowWaitsMs?: number
  warmWhenQuietMs?: number
  warmAfterLoadMs?: number
  /** Told when the warm-up has counted all its texts (tests). */
  onWarm?: () => void
}

/** The worker's side of the bridge; tokenizer.worker.ts exposes one, tests expose their own. */
export function createWorkerApi({
  windowWaitsMs = WINDOW_WAITS_MS,
  warmWhenQuietMs = WARM_WHEN_QUIET_MS,
  warmAfterLoadMs = WARM_AFTER_LOAD_MS,
  onWarm = () => {},
}: WorkerApiOptions = {}) {
  const promptCounts = new LatestRequests<CounterName>()
  const partCounts = new LatestRequests<CounterName>()
  const uploads = new Map<number, string[]>()
  /** Texts by id: in pieces, and, for an edit, what it changed in which text (edited-text.ts). */
  const texts = new Map<number, { pieces: PieceText; input: TextInput }>()
  /** Counts under way: a colouring window waits for them (see tokenWindow). */
  const counting = new Set<Promise<unknown>>()
  /** A count, noted as under way until it settles. */
  const underWay = <T>(count: Promise<T>): Promise<T> => {
    const done = () => counting.delete(count)
    counting.add(count)
    count.then(done, done)
    return count
  }

  /** Keeps a text; past WORKER_KEEPS, the one used longest ago is let go. */
  function keep(id: number, pieces: PieceText, input: TextInput = pieces.text) {
    texts.set(id, { pieces, input })
    for (const old of texts.keys()) if (texts.size > WORKER_KEEPS) texts.delete(old)
  }

  function held(id: number) {
    const found = texts.get(id)
    if (found === undefined) throw missingText(id)
    // Used again: kept as the newest (a long system message stays while the prompt is typed in).
    texts.delete(id)
    texts.set(id, found)
    return found
  }

  /** A text as the counters take it: after an edit, as that edit, so they read only around it. */
  const input = (ref: TextRef): TextInput => (typeof ref === 'string' ? ref : held(ref.id).input)
  const text = (ref: TextRef): string => textOf(input(ref))

  let heardAt = performance.now()
  let warming: Promise<void> | undefined
  /**
   * Resolves once no request has come for `warmWhenQuietMs` and no count is under way, and
   * `warmAfterLoadMs` after `loadedAt`.
   */
  const quiet = async (loadedAt: number) => {
    const until = () => Math.max(heardAt + warmWhenQuietMs, loadedAt + warmAfterLoadMs)
    for (;;) {
      const left = until() - performance.now()
      if (left > 0) await new Promise((wake) => setTimeout(wake, left))
      // A long count is one request: quiet meanwhile, but the warm-up would take turns with it.
      else if (counting.size > 0) await Promise.allSettled(counting)
      else return
    }
  }
  /** Counts the warm-up texts, each whole, when the worker is quiet; a request stops it until then. */
  async function warm(encoding: EncodingName, count: CountRange) {
    const loadedAt = performance.now()
    for (const sample of warmUpTexts()) {
      for (;;) {
        await quiet(loadedAt)
        const since = heardAt
        const counter = new IncrementalCounter(count, encoding, {
          chunkChars: WARM_CHUNK_CHARS,
          sliceMs: WARM_SLICE_MS,
        })
        try {
          await counter.count(sample, { isStale: () => heardAt !== since })
          break
        } catch (error) {
          if (!(error instanceof StaleCountError)) throw error
        }
      }
    }
    onWarm()
  }

  return heeding(() => (heardAt = performance.now()), {
    /** One part of a large text; the last part makes it available under `id`. */
    putText(id: number, part: string, last: boolean) {
      const parts = uploads.get(id) ?? []
      parts.push(part)
      if (!last) {
        uploads.set(id, parts)
        return
      }
      uploads.delete(id)
      keep(id, new PieceText(parts.join('')))
    },
    /**
     * Loads an encoding ahead of the first count (its table is a megabyte to fetch and read), then,
     * once the worker is quiet, warms the code that counts (once a worker).
     */
    async warmUp(encoding: EncodingName) {
      const count = await loadCounter(encoding)
      // A failure there leaves the code cold, nothing more.
      warming ??= warm(encoding, count).catch(() => {})
    },
    /** A text made from another by replacing [from, to) with `insert` (a keystroke in megabytes). */
    editText(base: TextRef, id: number, from: number, to: number, insert: string) {
      const before = typeof base === 'string' ? new PieceText(base) : held(base.id).pieces
      const after = before.edited(from, to, insert)
      keep(id, after, {
        text: after.text,
        base: before.text,
        from,
        to,
        insertLength: insert.length,
        slice: (start: number, end: number) => after.slice(start, end),
      })
    },
    countPrompt(encoding: CounterName, system: TextRef, user: TextRef, onProgress?: (done: number) => void) {
      const isStale = promptCounts.begin(encoding)
      return underWay(
        countPrompt(encoding, input(system), input(user), {
          isStale,
          onProgress: onProgress && throttled(onProgress),
        }),
      )
    },
    /**
     * The request's parts beyond the boxes; the boxes' texts only lay out a vocabulary's
     * messages. A message's content comes as a text of its own (long ones by id, after an edit as
     * that edit), counted incrementally; a newer request for the counter makes this one stale.
     */
    countRequestParts(counter: CounterName, parts: RequestParts<TextRef>, system: TextRef, user: TextRef) {
      const isStale = partCounts.begin(counter)
      const contents = parts.messages.map((m) => input(m.content))
      const messages = parts.messages.map((m, i) => ({ ...m, content: textOf(contents[i]!) }))
      return underWay(
        countRequestPartsIn(counter, { ...parts, messages }, text(system), text(user), { contents, isStale }),
      )
    },
    /** A `.jsonl` file read and each request counted in each counter (batch-file.ts). */
    countBatchFile(name: string, fileText: string, counters: readonly CounterName[]) {
      return countBatchFile(name, fileText, counters, (c) => plainCounter(c as CounterName))
    },
    async tokenWindow(encoding: EncodingName, ref: TextRef, from: number, to: number) {
      // Taken now: texts arriving while it waits could push this one out of those kept.
      const text = input(ref)
      // The count is the answer: a window asked for while one runs (a paste colours the screen
      // at once, and again where it scrolls to) waits for it rather than take turns with it,
      // but not for long (10 MB take a second to count).
      if (counting.size > 0) {
        let timer: ReturnType<typeof setTimeout> | undefined
        await Promise.race([
          Promise.allSettled(counting),
          new Promise((wake) => (timer = setTimeout(wake, windowWaitsMs))),
        ])
        clearTimeout(timer)
      }
      return tokenWindow(encoding, text, from, to)
    },
    shareLink(scenario: Scenario, system: TextRef, prompt: TextRef, presentation: Record<string, string>) {
      return shareLink({ ...scenario, system: text(system), prompt: text(prompt) }, presentation)
    },
  })

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
}

export type TokenizerWorkerApi = ReturnType<typeof createWorkerApi>

/** The same methods, each telling `heard` first that a request came. */
function heeding<T extends Record<string, (...args: never[]) => unknown>>(heard: () => void, api: T): T {
  const told = Object.entries(api).map(([name, method]) => [
    name,
    (...args: never[]) => {
      heard()
      return method(...args)
    },
  ])
  return Object.fromEntries(told) as T
}

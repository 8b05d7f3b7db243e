import { proxy, wrap, type Endpoint, type Remote } from 'comlink'
import type { RequestParts, RequestPartsCount } from '../core/chat/request-parts.ts'
import type { CountedBatch } from '../core/files/batch-file.ts'
import type { Result } from '../core/result.ts'
import type { CounterName, PromptBox, PromptCount } from '../core/tokenize/count-prompt.ts'
import type { EncodingName } from '../core/tokenize/encodings.ts'
import { StaleCountError } from '../core/tokenize/incremental-counter.ts'
import type { TokenWindow } from '../core/tokenize/token-window.ts'
import { isVocabularyName } from '../core/tokenize/vocabulary-names.ts'
import type { Scenario } from '../core/scenario/scenario.ts'
// Already in the page's first chunk (opening a link reads it), so imported as it is.
import { shareLink, type ShareLink } from '../core/url/share-link.ts'
import { yieldToEvents } from '../core/yield-to-events.ts'
import { LatestRequests } from './latest-requests.ts'
import { CLIENT_KEEPS, INLINE_TEXT_CHARS, isMissingText, UPLOAD_PART_CHARS, type TextRef } from './text-ref.ts'
import type { TokenizerWorkerApi } from './tokenizer-worker-api.ts'

export type CountingMode = 'worker' | 'main-thread'

/** `after` is `before` with the characters [from, to) replaced by `insert`. */
export interface TextEdit {
  readonly before: string
  readonly after: string
  readonly from: number
  readonly to: number
  readonly insert: string
}

/**
 * Edits remembered: enough for the keystrokes made while one count is on its way (a text
 * skipped between two counts is rebuilt from the one before it).
 */
const EDITS_KEPT = 16

/** What the client needs of a worker: messages, and an error event when its script fails. */
export type WorkerLike = Endpoint & Pick<Worker, 'addEventListener'>

export interface TokenizerClientOptions {
  /** Told once, when counting falls back to the main thread. */
  onModeChange?: (mode: CountingMode) => void
  /** Starts the worker; throws where it cannot (tests pass their own). */
  startWorker?: () => WorkerLike
}

const startTokenizerWorker = (): WorkerLike =>
  new Worker(new URL('./tokenizer.worker.ts', import.meta.url), { type: 'module' })

/**
 * Runs the heavy work (counting, share-link compression) in a Web Worker. Where the worker
 * cannot start (blocked script, a host's CSP forbidding workers, a sandboxed iframe without an
 * origin), it falls back to running the same core code on the main thread and says so through
 * `mode`, rather than guessing a count.
 */
export class TokenizerClient {
  #remote: Remote<TokenizerWorkerApi> | undefined
  #failed: Promise<never> | undefined
  #mode: CountingMode = 'worker'
  #promptCounts = new LatestRequests<CounterName>()
  #partCounts = new LatestRequests<CounterName>()
  #uploaded: Uploaded[] = []
  #edits: TextEdit[] = []
  #nextTextId = 0
  /** The boxes' texts of the last counts asked for, and the counters they were asked in. */
  #asked: { system: string; user: string; counters: Set<CounterName> } | undefined
  /** True while the counts being asked for are one lot (until the current task's microtasks are done). */
  #asking = false
  /** Counts `countAhead` started, each until the page asks for it (or for another). */
  #ahead = new Map<CounterName, Ahead>()
  readonly #onModeChange: (mode: CountingMode) => void
  readonly #startWorker: () => WorkerLike

  constructor({ onModeChange = () => {}, startWorker = startTokenizerWorker }: TokenizerClientOptions = {}) {
    this.#onModeChange = onModeChange
    this.#startWorker = startWorker
  }

  get mode(): CountingMode {
    return this.#mode
  }

  /**
   * Counts the two boxes; `onProgress` hears how far a long count is. A newer call for the same
   * encoding makes an older one reject (it stops at its next yield rather than finish). A count
   * `countAhead` started for the same texts is taken as it is.
   */
  countPrompt(
    counter: CounterName,
    systemText: string,
    userText: string,
    onProgress?: (done: number) => void,
  ): Promise<PromptCount> {
    const ahead = this.#ahead.get(counter)
    this.#ahead.delete(counter)
    // The counters asked for in one go (the page asks for all it needs at once) are those a
    // paste's count is asked in ahead: a model taken out of the comparison drops out with them.
    if (!this.#asking) {
      this.#asking = true
      queueMicrotask(() => (this.#asking = false))
      this.#asked = { system: systemText, user: userText, counters: new Set() }
    }
    this.#asked = { ...this.#asked!, system: systemText, user: userText }
    this.#asked.counters.add(counter)
    if (ahead?.system === systemText && ahead.user === userText) {
      if (onProgress) ahead.listeners.push(onProgress)
      return ahead.count
    }
    return this.#countPrompt(counter, systemText, userText, onProgress)
  }

  /**
   * One box's text has just become `text` (a paste of megabytes): its count is asked for now, in
   * every counter the last counts were asked in, and the page's own request for the same texts
   * takes it. Asked for once the page has rendered the paste, it started 1–2 ms later, and on two
   * cores that render then ran beside the count rather than before it.
   */
  countAhead(box: PromptBox, text: string): void {
    const asked = this.#asked
    if (!asked) return
    const system = box === 'system' ? text : asked.system
    const user = box === 'user' ? text : asked.user
    for (const counter of asked.counters) {
      const listeners: ((done: number) => void)[] = []
      const count = this.#countPrompt(counter, system, user, (done) => listeners.forEach((hear) => hear(done)))
      // Not asked for after all (another text came first), it is overtaken: not an unhandled failure.
      count.catch(() => {})
      this.#ahead.set(counter, { system, user, count, listeners })
    }
  }

  #countPrompt(
    counter: CounterName,
    systemText: string,
    userText: string,
    onProgress?: (done: number) => void,
  ): Promise<PromptCount> {
    const isStale = this.#promptCounts.begin(counter)
    return this.#run(
      async (remote) => {
        // Texts the worker has been sent already are named at once, so the request is posted in
        // this task (right behind a pasted text sent ahead, before the page renders the paste).
        const system = this.#sentRef(systemText) ?? (await this.#ref(remote, systemText))
        const user = this.#sentRef(userText) ?? (await this.#ref(remote, userText))
        // A newer request may have overtaken this one while its text was uploading (a short
        // text needs no upload): sent now, this one would reach the worker last and be taken
        // for the newest. It is stale already; it stops here.
        if (isStale()) throw new StaleCountError()
        return remote.countPrompt(counter, system, user, onProgress && proxy(onProgress))
      },
      async () => {
        // On the page, vocabularies are not loaded (model-traits.ts, withoutVocabularies): a
        // request made before the worker failed is superseded by one without them.
        if (isVocabularyName(counter)) throw new StaleCountError()
        return (await import('../core/tokenize/count-prompt.ts')).countPrompt(counter, systemText, userText, {
          isStale,
          onProgress,
        })
      },
    )
  }

  /**
   * Starts the worker and loads an encoding while the page is still fetching its prices, so the
   * first count does not wait for both one after the other. A failure here is left to the count
   * that follows, which reports it; on the page (no worker) nothing is loaded ahead.
   */
  warmUp(encoding: EncodingName): void {
    this.#run(
      (remote) => remote.warmUp(encoding),
      async () => {},
    ).catch(() => {})
  }

  /**
   * The request's parts beyond the two boxes, in one counter (count-request-parts.ts). A long
   * message crosses as the boxes do: once, then as its edits. A newer call for the same counter
   * makes an older one reject (it stops at its next yield).
   */
  countRequestParts(
    counter: CounterName,
    parts: RequestParts,
    systemText: string,
    userText: string,
  ): Promise<RequestPartsCount> {
    const isStale = this.#partCounts.begin(counter)
    // The boxes' texts are read only to lay out a vocabulary's messages: not sent otherwise.
    const texts = isVocabularyName(counter) && parts.messages.length > 0
    return this.#run(
      async (remote) => {
        const messages = []
        for (const m of parts.messages) messages.push({ ...m, content: await this.#ref(remote, m.content) })
        const system = texts ? await this.#ref(remote, systemText) : ''
        const user = texts ? await this.#ref(remote, userText) : ''
        if (isStale()) throw new StaleCountError()
        return remote.countRequestParts(counter, { ...parts, messages }, system, user)
      },
      async () => {
        if (isVocabularyName(counter)) throw new StaleCountError()
        const { countRequestPartsIn } = await import('../core/tokenize/count-request-parts.ts')
        return countRequestPartsIn(counter, parts, '', '', { isStale })
      },
    )
  }

  /** Reads a `.jsonl` file and counts each of its requests in each counter (batch-file.ts). */
  countBatchFile(name: string, text: string, counters: readonly CounterName[]): Promise<Result<CountedBatch>> {
    return this.#run(
      (remote) => remote.countBatchFile(name, text, counters),
      async () => {
        const [{ countBatchFile }, { plainCounter }] = await Promise.all([
          import('../core/files/batch-file.ts'),
          import('../core/tokenize/count-request-parts.ts'),
        ])
        // On the page, vocabularies are not loaded: their models are estimates from o200k_base.
        const own = counters.filter((c) => !isVocabularyName(c))
        return countBatchFile(name, text, own, (c) => plainCounter(c as CounterName))
      },
    )
  }

  /** The tokens of text[from, to) as they are in the whole text (token-window.ts). */
  tokenWindow(encoding: EncodingName, text: string, from: number, to: number): Promise<TokenWindow> {
    return this.#run(
      async (remote) => remote.tokenWindow(encoding, await this.#ref(remote, text), from, to),
      async () => (await import('../core/tokenize/token-window.ts')).tokenWindow(encoding, text, from, to),
    )
  }

  shareLink(scenario: Scenario, presentation: Record<string, string> = {}): Promise<ShareLink> {
    return this.#run(
      async (remote) =>
        remote.shareLink(
          { ...scenario, system: '', prompt: '' },
          await this.#ref(remote, scenario.system),
          await this.#ref(remote, scenario.prompt),
          presentation,
        ),
      () => shareLink(scenario, presentation),
    )
  }

  /**
   * Starts sending a text to the worker now, before any request names it: a paste of megabytes
   * crosses (5 ms a megabyte on each side) while the page renders, before it asks for the count.
   */
  sendAhead(text: string): void {
    if (text.length <= INLINE_TEXT_CHARS) return
    // On the page (no worker) there is nothing to send.
    this.#run(
      (remote) => this.#ref(remote, text),
      async () => '',
    ).catch(() => {})
  }

  /**
   * Notes that `after` is `before` with [from, to) replaced by `insert` (an edit in an editor),
   * so a long `after` reaches the worker as that change to `before`, not as megabytes.
   */
  recordEdit(edit: TextEdit): void {
    this.#edits = [...this.#edits, edit].slice(-EDITS_KEPT)
  }

  /**
   * A text as the worker will find it: inline if short; else, if an edit made it from a text
   * the worker has (or can be given), that edit; else uploaded once in parts. (Most recent
   * first: the text just edited is usually the very string object, which compares at once.)
   */
  #ref(remote: Remote<TokenizerWorkerApi>, text: string): Promise<TextRef> {
    if (text.length <= INLINE_TEXT_CHARS) return Promise.resolve(text)
    const known = this.#used(text)
    if (known) return known.ref
    const id = ++this.#nextTextId
    // A long insert (a paste of megabytes) goes up in parts, as a new text would.
    const edit = this.#edits.findLast((e) => e.after === text && e.insert.length <= INLINE_TEXT_CHARS)
    let ref: Promise<TextRef>
    let done: Promise<unknown>
    let allPosted = false
    const sent = () => allPosted
    if (edit) {
      // The edit is posted, not waited for: messages reach the worker in order, so the request
      // that names the text follows it at once (waiting for the reply cost a paint and a task
      // of the page before the count was even asked for).
      const posted = (async () => {
        const before = await this.#ref(remote, edit.before)
        const reply = remote.editText(before, id, edit.from, edit.to, edit.insert)
        allPosted = true
        return { reply }
      })()
      ref = posted.then(() => ({ id }))
      done = posted.then(({ reply }) => reply)
    } else {
      // Each part is posted in a task of its own, and none is waited for either: the worker
      // takes them in order, so a request naming the text can follow the last one at once
      // (waiting for the reply held a megabyte's count back by a turn of the busy page).
      const replies: Promise<void>[] = []
      const posted = (async () => {
        for (let at = 0; at < text.length; at += UPLOAD_PART_CHARS) {
          if (at > 0) await yieldToEvents()
          const last = at + UPLOAD_PART_CHARS >= text.length
          const reply = remote.putText(id, text.slice(at, at + UPLOAD_PART_CHARS), last)
          // Heard through `done` below; until then a failed part must not count as unhandled.
          reply.catch(() => {})
          replies.push(reply)
        }
        allPosted = true
      })()
      ref = posted.then(() => ({ id }))
      done = posted.then(() => Promise.all(replies))
    }
    // A failed upload or edit must not be reused (a request naming it meanwhile fails and says so).
    done.catch(() => (this.#uploaded = this.#uploaded.filter((u) => u.ref !== ref)))
    this.#uploaded = [...this.#uploaded, { text, ref, id, sent }].slice(-CLIENT_KEEPS)
    return ref
  }

  /**
   * The text's name in the worker if it needs no waiting: a short text (it travels inline), or
   * one whose every message has been posted already (messages reach the worker in order, so a
   * request posted now finds it there).
   */
  #sentRef(text: string): TextRef | undefined {
    if (text.length <= INLINE_TEXT_CHARS) return text
    const known = this.#used(text)
    return known?.sent() ? { id: known.id } : undefined
  }

  /** The text as uploaded, if it was, remembered as the newest again (as the worker keeps it, text-ref.ts). */
  #used(text: string): Uploaded | undefined {
    const at = this.#uploaded.findLastIndex((u) => u.text === text)
    if (at < 0) return undefined
    const known = this.#uploaded[at]!
    this.#uploaded = [...this.#uploaded.filter((_, i) => i !== at), known]
    return known
  }

  async #run<T>(inWorker: (remote: Remote<TokenizerWorkerApi>) => Promise<T>, onPage: () => Promise<T>): Promise<T> {
    if (this.#mode === 'worker') {
      try {
        const remote = this.#start()
        try {
          return await Promise.race([inWorker(remote), this.#failed!])
        } catch (error) {
          if (!isMissingText(error)) throw error
          // The worker let go of a text this side still named (text-ref.ts): all are sent again.
          this.#uploaded = []
          return await Promise.race([inWorker(remote), this.#failed!])
        }
      } catch (error) {
        if (!(error instanceof WorkerStartError)) throw error
        this.#fallBack()
      }
    }
    return onPage()
  }

  #start(): Remote<TokenizerWorkerApi> {
    if (this.#remote) return this.#remote
    let worker: WorkerLike
    try {
      worker = this.#startWorker()
    } catch (error) {
      throw new WorkerStartError(String(error))
    }
    this.#failed = new Promise<never>((_, reject) => {
      worker.addEventListener('error', (event) => {
        event.preventDefault()
        reject(new WorkerStartError((event as ErrorEvent).message || 'worker failed to load'))
      })
    })
    // Only the race above observes this rejection; without a handler it would be reported
    // as unhandled whenever no request is in flight.
    this.#failed.catch(() => {})
    this.#remote = wrap<TokenizerWorkerApi>(worker)
    return this.#remote
  }

  #fallBack() {
    this.#remote = undefined
    this.#mode = 'main-thread'
    this.#onModeChange(this.#mode)
  }
}

class WorkerStartError extends Error {}

/** A long text sent to the worker under `id`; `sent` once its every message has been posted. */
interface Uploaded {
  text: string
  ref: Promise<TextRef>
  id: number
  sent: () => boolean
}

/** A count started ahead of the page's request, and who hears its progress once that comes. */
interface Ahead {
  system: string
  user: string
  count: Promise<PromptCount>
  listeners: ((done: number) => void)[]
}

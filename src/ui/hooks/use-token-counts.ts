import { useCallback, useLayoutEffect, useMemo, useState } from 'react'
import type { CounterName } from '../../core/tokenize/count-prompt.ts'
import type { CountsByCounter } from '../../core/cost/estimate-range.ts'
import { StaleCountError } from '../../core/tokenize/incremental-counter.ts'
import { workerClient } from './worker-client.ts'

export interface TokenCounts {
  counts: CountsByCounter
  /** True while the shown counts are not yet those of the current text. */
  pending: boolean
  /** How far the current count is, 0–1, while a long text is counted; undefined otherwise. */
  progress: number | undefined
  error: string | undefined
  /** Counts again after a failure (an encoding that did not load, say). */
  retry: () => void
}

interface Settled {
  systemText: string
  userText: string
  encodingsKey: string
  counts: CountsByCounter
  error: string | undefined
}

/**
 * Counts the two boxes in every encoding the compared models need, and in `also` (encodings a
 * part of the page showing other models asked for). The last settled counts stay visible
 * (marked pending) while a newer text is counted; results for a text that has since changed are
 * dropped. `pending` is about `encodings` only: an encoding of `also` loading (a megabyte, a
 * second or more) leaves the compared models' counts, of the same text, current.
 */
export function useTokenCounts(
  systemText: string,
  userText: string,
  encodings: readonly CounterName[],
  also: readonly CounterName[] = [],
): TokenCounts {
  // Texts can be megabytes: compare them as they are (usually the same string object), never
  // serialise them into a key.
  const encodingsKey = [...new Set([...encodings, ...also])].sort().join(',')
  const [settled, setSettled] = useState<Settled>({
    systemText: '',
    userText: '',
    encodingsKey: '',
    counts: {},
    error: undefined,
  })
  const [progress, setProgress] = useState<{ userText: string; systemText: string; done: number }>()
  const [attempt, setAttempt] = useState(0)
  const retry = useCallback(() => setAttempt((n) => n + 1), [])

  // A layout effect, so the count is asked for in the keystroke's own task: a passive effect
  // waited for the next paint and a scheduler task, about 30 ms before the worker heard of it.
  useLayoutEffect(() => {
    let current = true
    const names = encodingsKey.split(',') as CounterName[]
    const done = { systemText, userText, encodingsKey }
    // The slowest encoding decides how far the count is.
    const shares = new Map<CounterName, number>()
    const report = (name: CounterName) => (share: number) => {
      shares.set(name, share)
      if (current) setProgress({ systemText, userText, done: Math.min(...names.map((n) => shares.get(n) ?? 0)) })
    }
    Promise.all(
      names.map(
        async (name) => [name, await workerClient.countPrompt(name, systemText, userText, report(name))] as const,
      ),
    )
      .then((entries) => {
        if (current) setSettled({ ...done, counts: Object.fromEntries(entries), error: undefined })
      })
      .catch((error: unknown) => {
        // Superseded by a newer request, which settles instead.
        if (error instanceof StaleCountError) return
        // Most often an encoding's chunk that did not arrive (offline before the first visit
        // cached it, a flaky network): the previous counts stay, marked as not current.
        const reason = error instanceof Error ? error.message : String(error)
        if (current) {
          setSettled((s) => ({
            ...s,
            ...done,
            error: `Counting failed (${reason}). Check the connection and try again.`,
          }))
        }
      })
    return () => {
      current = false
    }
  }, [systemText, userText, encodingsKey, attempt])

  const pending =
    settled.systemText !== systemText ||
    settled.userText !== userText ||
    (settled.encodingsKey !== encodingsKey && encodings.some((name) => settled.counts[name] === undefined))
  const shownProgress =
    pending && progress?.userText === userText && progress.systemText === systemText ? progress.done : undefined
  // A stable object while nothing in it changes, so what receives it can skip re-rendering.
  return useMemo(
    () => ({ counts: settled.counts, pending, progress: shownProgress, error: settled.error, retry }),
    [settled, pending, shownProgress, retry],
  )
}

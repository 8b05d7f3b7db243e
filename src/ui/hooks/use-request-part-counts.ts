import { useEffect, useMemo, useState } from 'react'
import { hasRequestParts, type RequestParts, type RequestPartsCount } from '../../core/chat/request-parts.ts'
import type { CounterName } from '../../core/tokenize/count-prompt.ts'
import { StaleCountError } from '../../core/tokenize/incremental-counter.ts'
import { isVocabularyName } from '../../core/tokenize/vocabulary-names.ts'
import { useStore } from '../../state/store.ts'
import { workerClient } from './worker-client.ts'

export interface RequestPartCounts {
  byCounter: Partial<Record<CounterName, RequestPartsCount>>
  /** True while the counts are not yet those of the current parts. */
  pending: boolean
}

const NONE: RequestPartCounts['byCounter'] = {}

interface Settled {
  parts: RequestParts
  key: string
  boxes: readonly [string, string]
  byCounter: Partial<Record<CounterName, RequestPartsCount>>
}

/**
 * Counts the request's parts beyond the two boxes (messages between them, tools, response
 * format) in each counter, and in `also` (`pending` is about `counters` only), in the worker,
 * when they change: a message of megabytes is counted as a box is, only around an edit (see
 * count-request-parts.ts). An open vocabulary lays its messages out with the boxes, so its
 * count follows the boxes too.
 */
export function useRequestPartCounts(
  counters: readonly CounterName[],
  system: string,
  user: string,
  also: readonly CounterName[] = [],
): RequestPartCounts {
  const messages = useStore((s) => s.scenario.messages)
  const tools = useStore((s) => s.scenario.tools)
  const responseFormat = useStore((s) => s.scenario.responseFormat)
  const parts = useMemo(() => ({ messages, tools, responseFormat }), [messages, tools, responseFormat])
  const key = [...new Set([...counters, ...also])].sort().join(',')
  // The boxes matter only to a vocabulary's messages; otherwise a keystroke does not recount the parts.
  const needsBoxes = messages.length > 0 && [...counters, ...also].some(isVocabularyName)
  const boxSystem = needsBoxes ? system : ''
  const boxUser = needsBoxes ? user : ''
  const [settled, setSettled] = useState<Settled>({
    parts: { messages: [], tools: '', responseFormat: '' },
    key: '',
    boxes: ['', ''],
    byCounter: {},
  })

  useEffect(() => {
    let current = true
    if (!hasRequestParts(parts)) return
    const names = key.split(',').filter(Boolean) as CounterName[]
    Promise.all(
      names.map(async (name) => [name, await workerClient.countRequestParts(name, parts, boxSystem, boxUser)] as const),
    )
      .then((entries) => {
        if (current) setSettled({ parts, key, boxes: [boxSystem, boxUser], byCounter: Object.fromEntries(entries) })
      })
      .catch((error: unknown) => {
        if (error instanceof StaleCountError) return
        // The boxes' counts report a counter that does not load; the parts wait with them.
      })
    return () => {
      current = false
    }
  }, [parts, key, boxSystem, boxUser])

  const none = !hasRequestParts(parts)
  // As for the boxes (use-token-counts.ts): a counter of `also` on its way leaves these current.
  const pending =
    !none &&
    (settled.parts !== parts ||
      settled.boxes[0] !== boxSystem ||
      settled.boxes[1] !== boxUser ||
      (settled.key !== key && counters.some((name) => settled.byCounter[name] === undefined)))
  return useMemo(() => ({ byCounter: none ? NONE : settled.byCounter, pending }), [none, settled, pending])
}

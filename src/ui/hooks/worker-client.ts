import { useSyncExternalStore } from 'react'
import { TokenizerClient, type CountingMode } from '../../workers/tokenizer-client.ts'

const modeListeners = new Set<() => void>()

/** The page's one worker bridge: counting and share links. */
export const workerClient = new TokenizerClient({ onModeChange: () => modeListeners.forEach((notify) => notify()) })

/** 'main-thread' once the worker could not start; the page says so. */
export const useCountingMode = (): CountingMode =>
  useSyncExternalStore(
    (notify) => {
      modeListeners.add(notify)
      return () => modeListeners.delete(notify)
    },
    () => workerClient.mode,
  )

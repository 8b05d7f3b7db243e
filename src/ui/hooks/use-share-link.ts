import { useEffect, useState } from 'react'
import type { ShareLink } from '../../core/url/share-link.ts'
import { useStore } from '../../state/store.ts'
import { workerClient } from './worker-client.ts'

const DEBOUNCE_MS = 300

/**
 * The share link of the current scenario, rebuilt (in the worker: long texts are compressed)
 * a moment after the last change. undefined until the first one is made.
 */
export function useShareLink(presentation: Record<string, string> = {}): ShareLink | undefined {
  const scenario = useStore((s) => s.scenario)
  const presentationKey = new URLSearchParams(presentation).toString()
  const [link, setLink] = useState<ShareLink>()
  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      workerClient
        .shareLink(scenario, Object.fromEntries(new URLSearchParams(presentationKey)))
        .then((made) => current && setLink(made))
        .catch(() => {})
    }, DEBOUNCE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [scenario, presentationKey])
  return link
}

/** The absolute address of a link on this page's own path. */
export const absoluteUrl = (link: ShareLink): string => new URL(`${link.search}${link.hash}`, window.location.href).href

import { useEffect, type RefObject } from 'react'
import { resizeMessage } from '../../core/embed/resize-message.ts'

/**
 * Tells the embedding page the widget's content height whenever it changes, so the host
 * script can size the iframe with no inner scrollbar. Only postMessage crosses the frame
 * boundary: a sandboxed frame may not touch anything else of its parent.
 */
export function useReportHeight(content: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = content.current
    if (!element || window.parent === window) return
    let last = -1
    const report = () => {
      const message = resizeMessage(element.getBoundingClientRect().height)
      if (message.height === last) return
      last = message.height
      // The height is no secret, and a sandboxed frame cannot know its host's origin: '*'.
      window.parent.postMessage(message, '*')
    }
    const observer = new ResizeObserver(report)
    observer.observe(element)
    report()
    return () => observer.disconnect()
  }, [content])
}

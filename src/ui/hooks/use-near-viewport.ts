import { useEffect, useState, type RefObject } from 'react'

/**
 * True once `ref`'s element has come within `margin` of the viewport (a CSS margin, as
 * IntersectionObserver's `rootMargin`: "100% 0px" is a screen's height above and below), and
 * from then on. `enabled` false: not watched yet (the element is not on the page, say).
 * Where IntersectionObserver is missing, true at once: the part is then simply drawn.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '0px', enabled = true): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (near || !enabled || !element) return
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: margin,
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, margin, enabled, near])
  return near
}

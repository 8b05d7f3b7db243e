import { useEffect, useState } from 'react'

/**
 * `flag`, but true only once it has stayed true for `ms`: a state that usually passes within a
 * frame or two (the count a keystroke asks for) is not flashed on screen and then taken away.
 */
export function useLasting(flag: boolean, ms: number): boolean {
  const [lasting, setLasting] = useState(false)
  useEffect(() => {
    if (!flag) return
    const timer = setTimeout(() => setLasting(true), ms)
    return () => {
      clearTimeout(timer)
      setLasting(false)
    }
  }, [flag, ms])
  return flag && lasting
}

import { useState } from 'react'
import { useCounts } from './counts-context.tsx'

/**
 * True once the first compared model's count (or its error) has arrived, and from then on.
 * Charts wait for it: the number people came for is drawn first, not after a chart's code has
 * been read and drawn. Once shown they stay.
 */
export function useFirstCountShown(): boolean {
  const { counts, firstCounter } = useCounts()
  const [shown, setShown] = useState(false)
  if (!shown && (counts.counts[firstCounter] !== undefined || counts.error !== undefined)) setShown(true)
  return shown
}

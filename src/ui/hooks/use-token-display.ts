import { isEncodingName, type EncodingName } from '../../core/tokenize/encoding-names.ts'
import { useStore } from '../../state/store.ts'
import { useCounts } from './counts-context.tsx'

/** The encoding tokens are shown in: the person's pick, else the first compared model's. */
export function useTokenEncoding(): EncodingName {
  const picked = useStore((s) => s.tokenDisplay.encoding)
  const { firstCounter } = useCounts()
  return picked ?? (isEncodingName(firstCounter) ? firstCounter : 'o200k_base')
}

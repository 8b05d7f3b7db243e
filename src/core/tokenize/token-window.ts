import { loadCounter, type EncodingName } from './encodings.ts'
import { nextSafeSplit, previousSafeSplit } from './safe-splits.ts'
import type { TokenSegment } from './token-segments.ts'

/** The tokens of a window of a text, exactly as they are in the whole text. */
export interface TokenWindow {
  /** The segments that overlap the window, in order; the first and last may reach past it. */
  readonly segments: readonly TokenSegment[]
  /** The window, in UTF-16 offsets of the text. */
  readonly from: number
  readonly to: number
}

/**
 * Tokenises text[from, to), a screenful, without the rest of the text: it is widened to the safe
 * splits around it (safe-splits.ts), where the tokens of a part are those of the whole. Text with
 * no safe split for a long way (a million "a"s) is widened that far: exact, not fast.
 */
export async function tokenWindow(
  encoding: EncodingName,
  text: string,
  from: number,
  to: number,
): Promise<TokenWindow> {
  const count = await loadCounter(encoding)
  const start = previousSafeSplit(text, from, 0, encoding)
  const split = to >= text.length ? -1 : nextSafeSplit(text, Math.max(to, start + 1), text.length, encoding)
  const end = split < 0 ? text.length : split
  const segments = count.segments(text, start, end).filter((s) => s.end > from && s.start < to)
  return { segments, from, to }
}

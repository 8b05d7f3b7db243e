import { textOf, type TextInput } from '../text/edited-text.ts'
import { loadCounter, type EncodingName } from './encodings.ts'
import { nextSafeSplit, previousSafeSplit, SPLIT_CONTEXT_CHARS } from './safe-splits.ts'
import type { TokenSegment } from './token-segments.ts'

/** The tokens of a window of a text, exactly as they are in the whole text. */
export interface TokenWindow {
  /** The segments that overlap the window, in order; the first and last may reach past it. */
  readonly segments: readonly TokenSegment[]
  /** The window, in UTF-16 offsets of the text. */
  readonly from: number
  readonly to: number
  /**
   * True when the window lies in a run with no safe split for more than `WIDEN_CHARS` around it
   * (a million "a"s): its tokens depend on the whole run, too long to merge for a screenful (on
   * the page, where no worker can start, it would hold the page), so none are given.
   */
  readonly noSplitNear: boolean
  /**
   * The text the segments cover, from the first one's start: so the page can show them without
   * reading the whole text (after an edit, its first read of a 10 MB string copies all of it).
   */
  readonly text: string
}

/** How far a window is widened, each way, to find the safe splits around it. */
export const WIDEN_CHARS = 65_536

/**
 * The most a window holds; a longer one asked for is cut to this (an editor's viewport can be
 * one line of megabytes: merged whole, a run of five million "a"s held the page for 6 s).
 */
export const MAX_WINDOW_CHARS = 65_536

/**
 * Tokenises text[from, to), a screenful, without the rest of the text: it is widened to the safe
 * splits around it (safe-splits.ts), where the tokens of a part are those of the whole; not
 * past `WIDEN_CHARS` each way (`noSplitNear`). At most `MAX_WINDOW_CHARS` from `from`. An
 * edited text (edited-text.ts) is read only there, through its `slice`.
 */
export async function tokenWindow(
  encoding: EncodingName,
  input: TextInput,
  from: number,
  to: number,
): Promise<TokenWindow> {
  const count = await loadCounter(encoding)
  const length = textOf(input).length
  to = Math.min(to, from + MAX_WINDOW_CHARS)
  const floor = Math.max(0, from - WIDEN_CHARS)
  const ceiling = Math.min(length, to + WIDEN_CHARS)
  // What is read, and where that starts in the text.
  const base = typeof input === 'string' ? 0 : Math.max(0, floor - SPLIT_CONTEXT_CHARS)
  const text = typeof input === 'string' ? input : input.slice(base, Math.min(length, ceiling + SPLIT_CONTEXT_CHARS))
  const start = previousSafeSplit(text, from - base, floor - base, encoding) + base
  const split = to >= length ? -1 : nextSafeSplit(text, Math.max(to, start + 1) - base, ceiling - base, encoding)
  const end = split >= 0 ? split + base : ceiling === length ? length : -1
  // The floor itself is not known to be a split; the start of the text always is.
  if ((start === floor && floor > 0) || end < 0) return { segments: [], from, to, noSplitNear: true, text: '' }
  const segments = count
    .segments(text, start - base, end - base)
    .map((s) => (base === 0 ? s : { ...s, start: s.start + base, end: s.end + base }))
    .filter((s) => s.end > from && s.start < to)
  const covered = segments.length === 0 ? '' : text.slice(segments[0]!.start - base, segments.at(-1)!.end - base)
  return { segments, from, to, noSplitNear: false, text: covered }
}

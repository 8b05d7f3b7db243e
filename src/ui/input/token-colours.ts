// Alternating backgrounds, so neighbouring tokens are told apart; each readable in both themes.
// (Shared by the editors and the token view; Tailwind finds the class names here.)
export const TOKEN_COLOURS = [
  'bg-sky-100 dark:bg-sky-900/60',
  'bg-amber-100 dark:bg-amber-900/60',
  'bg-emerald-100 dark:bg-emerald-900/60',
  'bg-rose-100 dark:bg-rose-900/60',
  'bg-violet-100 dark:bg-violet-900/60',
] as const

/** A character split over several tokens is outlined, whatever its colour. */
export const PARTIAL_CLASS = 'outline-1 outline-slate-500 outline-dashed'

/**
 * The hover text of a segment: its ids (named as ids: "token 13" read as the thirteenth), and
 * why there are several for one character.
 */
export function segmentTitle(ids: readonly number[], partial: boolean): string {
  const list = ids.join(' ')
  return partial ? `Token ids ${list}: one character split over ${ids.length} tokens` : `Token id ${list}`
}

/**
 * A text known as an edit of another: `text` is `base` with the characters [from, to) replaced
 * by `insertLength` others. `slice` reads any part of `text` without reading the rest: `text`
 * may be pieces joined by reference (piece-text.ts), which V8 copies whole, megabytes, at the
 * first read of any one character.
 */
export interface EditedText {
  readonly text: string
  readonly base: string
  readonly from: number
  readonly to: number
  readonly insertLength: number
  slice(from: number, to: number): string
}

/** A plain string, or an edit of one that can be read in parts. */
export type TextInput = string | EditedText

export const textOf = (input: TextInput): string => (typeof input === 'string' ? input : input.text)

/**
 * A long text being edited, kept as a short list of pieces so that an edit never copies it.
 *
 * V8 keeps `a + b` of long strings as a pair of references and `s.slice(i, j)` of a flat
 * string as a view, but slicing a string that is itself such a pair copies all of it first:
 * editing `text.slice(0, from) + insert + text.slice(to)` edit after edit copies the whole text
 * each time (about 50 ms a keystroke at 10 MB). Here only the pieces are sliced, each a flat
 * string or a view of one, and `text` joins them with `+`: an edit costs as many steps as there
 * are pieces, whatever the text's length.
 */
export class PieceText {
  #pieces: string[]
  #text: string

  constructor(text: string) {
    this.#pieces = text === '' ? [] : [text]
    this.#text = text
  }

  /** The whole text (pieces joined by reference; V8 copies it only when it is first read). */
  get text(): string {
    return this.#text
  }

  /** How many pieces the text is kept in (for tests). */
  get pieceCount(): number {
    return this.#pieces.length
  }

  /** `text.slice(from, to)`, read from the pieces it spans only (slicing `text` would copy all of it first). */
  slice(from: number, to: number): string {
    let out = ''
    let at = 0
    for (const piece of this.#pieces) {
      const end = at + piece.length
      if (end > from && at < to) out += piece.slice(Math.max(0, from - at), Math.min(piece.length, to - at))
      if (end >= to) break
      at = end
    }
    return out
  }

  /** A new text: this one with [from, to) replaced by `insert` (this one is left as it is). */
  edited(from: number, to: number, insert: string): PieceText {
    const copy = new PieceText('')
    copy.#pieces = this.#pieces
    copy.#text = this.#text
    copy.replace(from, to, insert)
    return copy
  }

  /** Replaces the characters [from, to) of the current text with `insert`. */
  replace(from: number, to: number, insert: string): void {
    if (from < 0 || to < from || to > this.#text.length) throw new RangeError(`no range ${from}–${to} in the text`)
    const next: string[] = []
    let at = 0
    let inserted = false
    for (const piece of this.#pieces) {
      const end = at + piece.length
      if (end <= from) next.push(piece)
      else {
        if (at < from) next.push(piece.slice(0, from - at))
        if (!inserted) {
          pushJoined(next, insert)
          inserted = true
        }
        if (end > to) pushJoined(next, at >= to ? piece : piece.slice(to - at))
      }
      at = end
    }
    if (!inserted) pushJoined(next, insert)
    this.#pieces = next.length > MAX_PIECES ? [next.join('')] : next
    this.#text = this.#pieces.reduce((text, piece) => text + piece, '')
  }
}

/**
 * Past this many pieces they are joined into one flat string again (one copy, every few dozen
 * edits at scattered places; typing in one place adds no pieces).
 */
const MAX_PIECES = 64
/** A piece shorter than this is joined to the one before it: typing grows one short piece. */
const SHORT_CHARS = 1024

function pushJoined(pieces: string[], piece: string) {
  if (piece === '') return
  const last = pieces.at(-1)
  if (
    last !== undefined &&
    (last.length < SHORT_CHARS || piece.length < SHORT_CHARS) &&
    last.length + piece.length < 2 * SHORT_CHARS
  ) {
    pieces[pieces.length - 1] = last + piece
  } else pieces.push(piece)
}

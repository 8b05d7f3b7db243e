import { isSurrogatePair } from './character-classes.ts'

/**
 * Tokens as a person sees them: each segment is a run of whole characters of the text with the
 * ids of the tokens that make it up. Usually one token; several where tokens split a character
 * (the bytes of one emoji or CJK character spread over two or three tokens), which a segment
 * then shows as one, listing all their ids and marked partial.
 */
export interface TokenSegment {
  /** UTF-16 offsets of the segment in the text. */
  readonly start: number
  readonly end: number
  /** Token ids (ranks), in order. */
  readonly ids: readonly number[]
}

/** True when the segment's tokens split a character between them. */
export const isPartial = (segment: TokenSegment): boolean => segment.ids.length > 1

/**
 * Adds the segments of the piece text[start, end), merged into the tokens `ids`, to `out`. Each
 * token's length in UTF-8 bytes comes from `byteLength`; the piece's characters are walked in
 * step, and a segment closes where a token ends on a character boundary. A lone surrogate is
 * three bytes, as UTF-8 writes it (U+FFFD).
 */
export function addPieceSegments(
  text: string,
  start: number,
  end: number,
  ids: readonly number[],
  byteLength: (id: number) => number,
  out: TokenSegment[],
): void {
  let at = start
  let atByte = 0
  let tokenEnd = 0
  let segmentStart = start
  let segmentIds: number[] = []
  for (const id of ids) {
    tokenEnd += byteLength(id)
    segmentIds.push(id)
    while (atByte < tokenEnd && at < end) {
      const code = text.charCodeAt(at)
      const pair = isSurrogatePair(text, at)
      atByte += code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3
      at += pair ? 2 : 1
    }
    if (atByte === tokenEnd) {
      out.push({ start: segmentStart, end: at, ids: segmentIds })
      segmentStart = at
      segmentIds = []
    }
  }
  if (segmentIds.length > 0) throw new Error(`tokens of ${atByte} bytes do not end where text[${start}, ${end}) ends`)
}

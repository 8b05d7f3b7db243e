import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  asciiPieceEnd,
  packAscii,
  PACKED_CHARS,
  UNPACKED,
  type PackedAscii,
} from '../../../src/core/tokenize/ascii-pieces.ts'
import { PRE_TOKENIZER_PATTERNS } from '../../../src/core/tokenize/pre-tokenizers.ts'
import { assertProperty } from '../property.ts'

// Every class of ASCII character the pattern tells apart, with the letters of contractions,
// and the characters that are not ASCII but would join an ASCII piece (or start their own).
const ASCII = [
  ...'abstlvedrmABSTLVEDRMxX019',
  ...` '.,/-_(){}"#!?;:\`\\*@`,
  '\n',
  '\r',
  '\t',
  '\v',
  '\f',
  '\0',
  '\x1f',
  '\x7f',
]
const NOT_ASCII = [
  ...'éÉßǅʰ東ا', // letters of each case: a word runs on into them
  '\u0301', // a combining mark: in both sides of an o200k word
  '²٣Ⅻ', // numbers that are not ASCII digits
  '—…«', // punctuation
  '\u00a0', // NO-BREAK SPACE, \u0085 NEXT LINE, IDEOGRAPHIC SPACE: White_Space
  '\u0085',
  '\u3000',
  '\u0080', // a control: neither letter, number nor White_Space
  '\ufeff',
  '😀',
]

const regexEnd = (pattern: RegExp, text: string, at: number) => {
  pattern.lastIndex = at
  return pattern.test(text) ? pattern.lastIndex : -1
}

describe('o200k_base pieces of ASCII text, matched by hand', () => {
  const pattern = new RegExp(PRE_TOKENIZER_PATTERNS.o200k_base, 'uy')
  const out: PackedAscii = { low: 0, high: 0 }
  const packed = (text: string, start: number, end: number) => {
    const reference: PackedAscii = { low: 0, high: 0 }
    packAscii(text, start, end, reference)
    return reference
  }

  it('end where the pre-tokenizer ends them, or defer to it, at every position of random text; words come packed', () => {
    let answered = 0
    let deferred = 0
    let packedOnTheWay = 0
    assertProperty(
      fc.property(
        fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ASCII) }, fc.constantFrom(...NOT_ASCII)), {
          maxLength: 30,
        }),
        (parts) => {
          const text = parts.join('')
          for (let at = 0; at < text.length; at++) {
            const end = asciiPieceEnd(text, at, out)
            if (end < 0) {
              deferred++
              continue
            }
            answered++
            const where = `${JSON.stringify(text)} at ${at}`
            expect(end, where).toBe(regexEnd(pattern, text, at))
            if (out.high !== UNPACKED) {
              packedOnTheWay++
              expect(end - at, where).toBeLessThanOrEqual(PACKED_CHARS)
              expect(out, where).toEqual(packed(text, at, end))
            }
          }
        },
      ),
      { numRuns: 5000 },
    )
    console.log(
      `answered at ${answered} positions (${packedOnTheWay} pieces packed on the way), deferred to the general path at ${deferred}`,
    )
    expect(answered).toBeGreaterThan(deferred)
    expect(packedOnTheWay).toBeGreaterThan(answered / 10)
  })

  it('answers at every position of ASCII text', () => {
    assertProperty(
      fc.property(fc.array(fc.constantFrom(...ASCII), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        for (let at = 0; at < text.length; at++) expect(asciiPieceEnd(text, at, out)).toBeGreaterThan(at)
      }),
      { numRuns: 2000 },
    )
  })

  it.each([
    ['a word with its space', ' Hello world', 0, 6],
    ['capitals, then lower case', 'HTMLParser', 0, 10],
    ['lower case, then a capital', 'camelCase', 0, 5],
    ['a contraction', "DON'T stop", 0, 5],
    ['three digits of four', '1234', 0, 3],
    ['a space before punctuation', ' (x', 0, 2],
    ['punctuation with its line breaks and slash', '};\r\n/x', 0, 5],
    ['white space to its last line break', '  \n \n  x', 0, 5],
    ['white space but its last character', '    x', 0, 3],
    ['white space at the end', 'x   ', 1, 4],
  ])('%s', (_, text, at, end) => {
    expect(asciiPieceEnd(text, at, out)).toBe(end)
    expect(regexEnd(pattern, text, at)).toBe(end)
  })

  it.each([
    ['a word running on into "é"', 'cafés', 0],
    ['digits before a superscript', '1²', 0],
    ['punctuation before a dash', '.—', 0],
    ['white space before a no-break space', ' \u00a0x', 0],
    ['a character that is not ASCII', 'é', 0],
  ])('defers %s to the general path', (_, text, at) => {
    expect(asciiPieceEnd(text, at, out)).toBe(-1)
  })
})

describe('ASCII pieces packed into two integers', () => {
  const packed = (text: string) => {
    const out: PackedAscii = { low: 0, high: 0 }
    packAscii(`<${text}>`, 1, text.length + 1, out)
    return [out.low, out.high]
  }

  it('never pack to UNPACKED', () => {
    expect(packed('\x7f'.repeat(PACKED_CHARS))[1]).not.toBe(UNPACKED)
  })
  const piece = fc.string({
    unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
    maxLength: PACKED_CHARS,
  })

  it('pack alike exactly when they are the same characters', () => {
    assertProperty(
      fc.property(piece, piece, (a, b) => {
        expect(packed(a)[0] === packed(b)[0] && packed(a)[1] === packed(b)[1]).toBe(a === b)
      }),
      { numRuns: 20_000 },
    )
  })

  it.each([
    ['a NUL and none', '\0', ''],
    ['one NUL and two', '\0', '\0\0'],
    ['the same characters in another order', 'ab', 'ba'],
    ['eight characters differing in the first', 'abcdefgh', 'bbcdefgh'],
  ])('tell apart %s', (_, a, b) => {
    expect(packed(a)).not.toEqual(packed(b))
  })
})

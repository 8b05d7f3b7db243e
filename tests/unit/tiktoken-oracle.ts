import { get_encoding, type Tiktoken } from 'tiktoken'
import type { EncodingName } from '../../src/core/tokenize/encodings.ts'

// OpenAI's own tokenizer (tiktoken's WASM build): the reference every count is checked against.
const encoders = new Map<EncodingName, Tiktoken>()

/** tiktoken's count of `text` as ordinary text (no special tokens), as the API counts content. */
export function tiktokenCount(encoding: EncodingName, text: string): number {
  let enc = encoders.get(encoding)
  if (!enc) {
    enc = get_encoding(encoding)
    encoders.set(encoding, enc)
  }
  return enc.encode_ordinary(text).length
}

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

/** tiktoken's token ids of `text` as ordinary text. */
export function tiktokenIds(encoding: EncodingName, text: string): number[] {
  tiktokenCount(encoding, '')
  return [...encoders.get(encoding)!.encode_ordinary(text)]
}

/** The bytes of one token, as tiktoken decodes it. */
export function tiktokenBytes(encoding: EncodingName, id: number): Uint8Array {
  tiktokenCount(encoding, '')
  return encoders.get(encoding)!.decode_single_token_bytes(id)
}

/** The parts of gpt-tokenizer's BytePairEncodingCore promptmeter uses (private in its types). */
export interface BpeCore {
  bytePairStringRankEncoder: Map<string, number>
  /** The tokens that are not valid UTF-8, sorted by their bytes. */
  bytePairNonUtfSortedEncoder: readonly (readonly [Uint8Array, number])[]
  tokenSplitRegex: RegExp
  getBpeRankFromBytes(bytes: Uint8Array): number | undefined
  bytePairEncode(piece: string): number[]
  setMergeCacheSize(size: number): void
}

/** An encoding's core, checked to still have the shape this module relies on. */
export function bpeCoreOf(encoding: object): BpeCore {
  const core = (encoding as { bytePairEncodingCoreProcessor?: BpeCore }).bytePairEncodingCoreProcessor
  if (
    !core ||
    typeof core.bytePairEncode !== 'function' ||
    !(core.bytePairStringRankEncoder instanceof Map) ||
    !(core.tokenSplitRegex instanceof RegExp) ||
    !Array.isArray(core.bytePairNonUtfSortedEncoder)
  ) {
    throw new Error('gpt-tokenizer changed its internals: promptmeter cannot count with it')
  }
  return core
}

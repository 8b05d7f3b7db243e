import { GptEncoding } from 'gpt-tokenizer/GptEncoding'
import type { RawBytePairRanks } from 'gpt-tokenizer/BytePairEncodingCore'
import type { Tokens } from '../units.ts'
import { bpeCoreOf } from './bpe-core.ts'
import { plainTextCounter } from './count-plain-text.ts'
import { installPieceMerger } from './piece-merger.ts'

export const ENCODING_NAMES = ['o200k_base', 'cl100k_base'] as const
export type EncodingName = (typeof ENCODING_NAMES)[number]

/** Counts the tokens of one piece of text in one encoding. */
export type CountText = (text: string) => Tokens
/** As CountText, or counts the part [from, to) of the text; both ends must be safe splits (safe-splits.ts). */
export type CountRange = (text: string, from?: number, to?: number) => Tokens

// Message content is ordinary text to the API: `<|endoftext|>` typed by a user is
// tokenized as characters, not as the special token. gpt-tokenizer throws on such
// strings unless every special token is allowed-as-text, which an empty
// `disallowedSpecial` set does.
const AS_PLAIN_TEXT = { disallowedSpecial: new Set<string>() }

// Each rank table is its own dynamic import, so bundlers emit it as a separate chunk
// that is fetched only when a model needing it is compared.
const loadRanks: Record<EncodingName, () => Promise<RawBytePairRanks>> = {
  o200k_base: () => import('gpt-tokenizer/bpeRanks/o200k_base').then((m) => m.default),
  cl100k_base: () => import('gpt-tokenizer/bpeRanks/cl100k_base').then((m) => m.default),
}

const loaded = new Map<EncodingName, Promise<CountRange>>()
const caches = new Set<{ clearCache(): void }>()

/** Forgets every remembered merge, so a benchmark can time counts that start cold. */
export function clearMergeCaches(): void {
  for (const counter of caches) counter.clearCache()
}

/**
 * Loads an encoding's rank table (once) and returns a counter for it.
 * Counts match OpenAI's tiktoken for message content.
 */
export function loadCounter(name: EncodingName): Promise<CountRange> {
  let counter = loaded.get(name)
  if (!counter) {
    counter = loadRanks[name]().then((ranks) => {
      const api = GptEncoding.getEncodingApi(name, () => ranks)
      const core = bpeCoreOf(api)
      const count = plainTextCounter(core, installPieceMerger(core), (text) => api.countTokens(text, AS_PLAIN_TEXT))
      caches.add(count)
      return (text: string, from?: number, to?: number) => count(text, from, to) as Tokens
    })
    // A failed load (e.g. a network hiccup fetching the chunk) must not be cached forever.
    counter.catch(() => loaded.delete(name))
    loaded.set(name, counter)
  }
  return counter
}

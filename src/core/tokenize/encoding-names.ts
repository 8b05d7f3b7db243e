/**
 * OpenAI's encodings counted exactly (encodings.ts). A list of its own, with no rank data or
 * counter in it, so that the pricing schema and the page can name them without loading either.
 */
export const ENCODING_NAMES = ['o200k_base', 'cl100k_base'] as const
export type EncodingName = (typeof ENCODING_NAMES)[number]

export const isEncodingName = (name: string): name is EncodingName =>
  (ENCODING_NAMES as readonly string[]).includes(name)

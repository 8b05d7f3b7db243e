/** Pieces that sit on the edges of the pre-tokenizer's patterns. */
export const EDGY = [
  'a', 'b', 'A', 'B', 'é', 'É', 'ǅ', 'ß', 'ʰ', '東', 'ا', ' ', '  ', '\n', '\n\n', '\r', '\r\n', '\t', '\u0085', '\u00a0', '\u3000',
  '/', '//', '.', ',', '-', '_', "'", "'s", "'LL", '1', '23', '٣', '\u0301', '😀', '👩‍💻', '𝔘', '\ufeff', '<|endoftext|>',
]

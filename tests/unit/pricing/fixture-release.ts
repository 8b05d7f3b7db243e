import type { EstimateRange, PricingRelease } from '../../../src/core/pricing/pricing-schema.ts'

/** A small valid release; tests break one field at a time. */
export function fixtureRelease(): PricingRelease {
  const row = (effective_from: string, effective_to: string | null, input: number, output: number) => ({
    effective_from,
    effective_to,
    input,
    cached_input: input / 2,
    cache_write: null,
    cache_write_1h: null,
    output,
    batch_discount: 0.5,
    tiers: [],
    sources: [{ url: 'https://example.com/prices', checked: '2026-11-22' }],
  })
  const model = (
    id: string,
    tokenizer: 'o200k_base' | 'cl100k_base' | 'estimate',
    prices: ReturnType<typeof row>[],
  ) => ({
    id,
    provider: 'openai',
    name: id,
    aliases: [],
    tokenizer,
    context_window: 128000,
    max_output_tokens: 16384,
    vision: false,
    image_tokens: null,
    reasoning: false,
    min_cacheable_tokens: 1024,
    released: '2024-07-18',
    deprecated: null,
    reference_keys: { litellm: null, 'llm-prices': null },
    prices,
  })
  return {
    schema_version: 1,
    data_version: '2026-11-22',
    published: '2026-11-22',
    currency: 'USD',
    unit: 'usd_per_1m_tokens',
    models: [
      model('gpt-4o-mini', 'o200k_base', [row('2024-07-18', null, 0.15, 0.6)]),
      model('gpt-3.5-turbo', 'cl100k_base', [row('2023-03-01', '2024-02-16', 2, 2), row('2024-02-16', null, 0.5, 1.5)]),
      model('some-host/llama', 'estimate', [row('2024-07-18', null, 1, 1)]),
    ],
  }
}

/** An estimate range as a release gives one: Claude 3's, 1.16–1.30. */
export const CLAUDE_RANGE: EstimateRange = {
  id: 'claude-3',
  name: 'Claude 3',
  low: 1.16,
  high: 1.3,
  note: 'a published comparison',
  sources: [{ url: 'https://example.com/measured', checked: '2026-11-23' }],
}

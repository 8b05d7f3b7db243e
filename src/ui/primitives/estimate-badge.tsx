const WHY = {
  unpublished:
    "This provider's tokenizer is not public: tokens are counted with o200k_base, scaled by a measured range.",
  'not-loaded':
    "Counted exactly with this model's own vocabulary once it is in the mix; here its o200k_base count stands in, scaled by a measured range.",
  tools:
    "The OpenAI cookbook's tool-counting rule, checked against the API only on gpt-4o, gpt-4o-mini, gpt-3.5-turbo and gpt-4.",
  schema: 'No provider publishes how a response schema is billed: its JSON is counted as text.',
}

/** Marks a count that is not the provider's own: why is in its title. */
export function EstimateBadge({ why = 'unpublished' }: { why?: keyof typeof WHY }) {
  return (
    <span
      title={WHY[why]}
      data-badge
      className="ml-2 whitespace-nowrap rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900"
    >
      ≈ estimate
    </span>
  )
}

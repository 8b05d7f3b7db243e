const WHY = {
  unpublished:
    "This provider's tokenizer is not public: tokens are counted with o200k_base, scaled by a measured range.",
  'not-loaded':
    "Counted exactly with this model's own vocabulary once it is in the mix; here its o200k_base count stands in, scaled by a measured range.",
}

/** Marks a count made with o200k_base standing in for a model's own tokenizer. */
export function EstimateBadge({ why = 'unpublished' }: { why?: keyof typeof WHY }) {
  return (
    <span
      title={WHY[why]}
      className="ml-2 whitespace-nowrap rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900"
    >
      ≈ estimate
    </span>
  )
}

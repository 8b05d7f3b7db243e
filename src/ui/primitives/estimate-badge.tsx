/** Marks a count made with o200k_base for a model whose own tokenizer is not public. */
export function EstimateBadge() {
  return (
    <span
      title="This provider's tokenizer is not public: tokens are counted with o200k_base as an estimate."
      className="ml-2 whitespace-nowrap rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900"
    >
      ≈ estimate
    </span>
  )
}

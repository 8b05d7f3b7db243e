import { estimateRangeOf, scaledTokens } from '../../core/cost/estimate-range.ts'
import { formatInteger } from '../../core/format/format-usd.ts'
import { billedOf, usesVocabulary } from '../../core/pricing/model-traits.ts'
import { useStore } from '../../state/store.ts'
import { useCountProgress, useCounts, useCountsPending, useCountsPendingShown } from '../hooks/counts-context.tsx'
import { PENDING_SHOWN_CLASS } from '../hooks/pending-shown.ts'

/**
 * The prompt's own tokens (the large number), the system message's, and what one request bills
 * as input (both messages with OpenAI's chat overhead, or as an open model's chat template lays
 * them out), counted as the first compared model is counted.
 */
export function TokenCount() {
  const { counts: settled, compared, firstCounter: counter, firstIsEstimate: estimate, firstParts } = useCounts()
  const counts = { ...settled, pending: useCountsPending(), progress: useCountProgress() }
  const pendingShown = useCountsPendingShown()
  const count = counts.counts[counter]
  const estimates = useStore((s) => (s.pricing.status === 'ready' ? s.pricing.release.estimates : undefined))
  const vocabularies = useStore((s) => (s.pricing.status === 'ready' ? s.pricing.release.vocabularies : undefined))
  const first = compared[0]
  const range = first && estimateRangeOf(first, estimates)
  const vocabulary = first && usesVocabulary(first) ? vocabularies?.find((v) => v.id === counter) : undefined
  const billed = count && first ? billedOf(first, count).billedInputTokens : count?.billedInputTokens
  const parts =
    firstParts && firstParts.messageTokens.length + firstParts.toolsTokens + firstParts.responseFormatTokens > 0
  const overhead = !vocabulary
    ? parts
      ? 'every message with chat overhead, tools and response format'
      : 'both messages with chat overhead'
    : first?.chat_template === false
      ? 'both texts; no chat template billed'
      : 'the request as the model’s chat template lays it out'
  // What the wrapping adds: the billed input less every text in it (the contents, tools, schema).
  const chatOverhead =
    count && first?.chat_template !== false
      ? count.billedInputTokens -
        count.systemTokens -
        count.promptTokens -
        (firstParts?.contentTokens.reduce((sum, n) => sum + n, 0) ?? 0) -
        (firstParts?.toolsTokens ?? 0) -
        (firstParts?.responseFormatTokens ?? 0)
      : undefined
  return (
    <div className="flex flex-wrap items-baseline gap-2" aria-live="polite">
      <span className="text-sm text-slate-600 dark:text-slate-400">Prompt tokens</span>
      <output
        data-testid="token-count"
        aria-busy={counts.pending}
        className={`text-2xl font-semibold tabular-nums ${pendingShown && count ? PENDING_SHOWN_CLASS : ''}`}
      >
        {count ? formatInteger(count.promptTokens) : 'counting…'}
      </output>
      <span className="text-xs text-slate-500 dark:text-slate-400">
        <span data-testid="token-counter">{vocabulary ? `${vocabulary.name}, exact` : counter}</span>
        {estimate && ' · estimate: this provider’s tokenizer is not public'}
        {range && count && (
          <span data-testid="estimate-range" className="block">
            {first.name}: ≈ {formatInteger(scaledTokens(count.promptTokens, range, 'low'))}–
            {formatInteger(scaledTokens(count.promptTokens, range, 'high'))} tokens (o200k_base × {range.low}–
            {range.high}, {range.name})
          </span>
        )}
        {pendingShown && count && counts.progress === undefined && ' · updating…'}
        {counts.progress !== undefined && (
          <span data-testid="count-progress"> · counting {Math.floor(counts.progress * 100)}%</span>
        )}
      </span>
      {count && (
        <p className={`w-full text-sm text-slate-600 dark:text-slate-400 ${pendingShown ? PENDING_SHOWN_CLASS : ''}`}>
          System message <span data-testid="system-token-count">{formatInteger(count.systemTokens)}</span> · Billed
          input per request{' '}
          <span data-testid="billed-input-count" className="font-semibold text-slate-900 dark:text-slate-100">
            {formatInteger(billed ?? count.billedInputTokens)}
          </span>{' '}
          <span className="text-xs text-slate-500 dark:text-slate-400">({overhead})</span>
          {chatOverhead !== undefined && !vocabulary && (
            <span className="block text-xs text-slate-500 dark:text-slate-400">
              of which chat overhead <span data-testid="chat-overhead">{formatInteger(chatOverhead)}</span>: 3 a message
              + its role (and name, + 1), + 3 to prime the reply
            </span>
          )}
        </p>
      )}
      {counts.error && (
        <p role="alert" data-testid="count-error" className="w-full text-sm text-red-700 dark:text-red-300">
          {counts.error}{' '}
          <button type="button" className="underline" onClick={counts.retry}>
            Try again
          </button>
        </p>
      )}
    </div>
  )
}

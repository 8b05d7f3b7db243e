import { billedOf, countingOf, usesVocabulary } from '../pricing/model-traits.ts'
import type { EstimateRange, PricedModel } from '../pricing/pricing-schema.ts'
import type { CounterName, PromptCount } from '../tokenize/count-prompt.ts'
import { tokens } from '../units.ts'
import type { CountedFor, CountedInput } from './scenario-costs.ts'

/** The counts made so far, by what counted them. */
export type CountsByCounter = Partial<Record<CounterName, PromptCount>>

/**
 * Each model's counts, billed as the model is billed (model-traits.ts). A vocabulary model whose
 * vocabulary was not counted (only the compared models' vocabularies load) stands in with the
 * o200k_base counts when `standIns` is set: see `standsIn`, and `countedAt`, which scales them.
 */
export function ownCounts(counts: CountsByCounter, standIns = false): CountedFor {
  return (model) => {
    const own = counts[countingOf(model).counter]
    if (own) return billedOf(model, own)
    return standIns && usesVocabulary(model) ? counts.o200k_base : undefined
  }
}

/** True for a vocabulary model priced from o200k_base because its vocabulary was not counted. */
export const standsIn = (model: Pick<PricedModel, 'tokenizer'>, counts: CountsByCounter): boolean =>
  usesVocabulary(model) && !counts[countingOf(model).counter]

/** Which end of an estimate's range a figure is at. */
export type RangeEnd = 'low' | 'high'

/**
 * The range an estimate model's o200k_base count is scaled by, from the release's `estimates`;
 * undefined for a model counted exactly, or one whose release gives no range (it is still
 * marked "≈", as an o200k count standing in for its own).
 */
export function estimateRangeOf(
  model: Pick<PricedModel, 'tokenizer' | 'estimate'>,
  estimates: readonly EstimateRange[] | undefined,
): EstimateRange | undefined {
  if (model.tokenizer !== 'estimate' || model.estimate === undefined) return undefined
  return estimates?.find((e) => e.id === model.estimate)
}

/**
 * Tokens at one end of a range: rounded outwards (down at the low end, up at the high end), so
 * the range holds every count its factors allow.
 */
export function scaledTokens(count: number, range: Pick<EstimateRange, 'low' | 'high'>, end: RangeEnd): number {
  const scaled = count * range[end]
  // The product of two decimals can land a hair off a whole number (100 × 1.1 = 110.00000000000001):
  // within a part in 10^12 of one, it is that number.
  const nearest = Math.round(scaled)
  if (Math.abs(scaled - nearest) <= scaled * 1e-12) return nearest
  return end === 'low' ? Math.floor(scaled) : Math.ceil(scaled)
}

/**
 * The counts a model is priced with at one end of its estimate range: its own counts where they
 * are exact, the o200k_base counts scaled by the range where they stand in for a tokenizer that
 * is not public (or, given `counts`, for a vocabulary that was not counted). A count given by
 * hand (input_tokens) is the person's own and is not scaled.
 */
export function countedAt(
  counted: CountedFor,
  estimates: readonly EstimateRange[] | undefined,
  end: RangeEnd,
  counts?: CountsByCounter,
): CountedFor {
  return (model) => {
    const count = counted(model)
    const range =
      estimateRangeOf(model, estimates) ??
      (counts && standsIn(model, counts) ? estimates?.find((e) => e.id === model.estimate) : undefined)
    if (!count || !range) return count
    return scaleCounted(count, range, end)
  }
}

/**
 * The counts every model is priced with at both ends of its range, from the counts made (with
 * `standIns`, vocabulary models not counted stand in with o200k_base: the comparison of every
 * model). Where the release gives no ranges both ends are one function, so a caller costs once.
 */
export function countedAtEnds(
  counts: CountsByCounter,
  estimates: readonly EstimateRange[] | undefined,
  standIns = false,
): { high: CountedFor; low: CountedFor } {
  const own = ownCounts(counts, standIns)
  if ((estimates?.length ?? 0) === 0) return { high: own, low: own }
  const withStandIns = standIns ? counts : undefined
  return {
    high: countedAt(own, estimates, 'high', withStandIns),
    low: countedAt(own, estimates, 'low', withStandIns),
  }
}

function scaleCounted(count: CountedInput, range: EstimateRange, end: RangeEnd): CountedInput {
  return {
    billedInputTokens: tokens(scaledTokens(count.billedInputTokens, range, end)),
    systemMessageTokens: tokens(scaledTokens(count.systemMessageTokens, range, end)),
  }
}

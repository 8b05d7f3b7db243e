import { useId, useMemo, useState } from 'react'
import { describeLever, leverKeys, LEVERS, readKey, type LeverGroup } from '../../core/scenario/levers.ts'
import { DEFAULT_SCENARIO } from '../../core/scenario/scenario.ts'
import { useCostInputs } from '../hooks/use-cost-inputs.ts'
import { LeverGroupFields } from './lever-control.tsx'

interface FoldingLeverGroupProps {
  group: LeverGroup
  title: string
  /** Tailwind grid classes for the fields. */
  gridClass: string
}

/**
 * A group of rarely used levers, folded while all of them are at their defaults, with their
 * values in one line so a folded group still says what it holds. It opens by itself when a
 * link sets one of them, and stays as the person leaves it after that.
 */
export function FoldingLeverGroup({ group, title, gridClass }: FoldingLeverGroupProps) {
  // The levers never read the texts: a keystroke in a box leaves this alone.
  const scenario = useCostInputs()
  const levers = useMemo(() => LEVERS.filter((l) => l.group === group), [group])
  const summary = useMemo(() => levers.map((l) => describeLever(l, scenario)).join(' · '), [levers, scenario])
  const changed = levers.some((l) =>
    leverKeys(l).some((key) => readKey(scenario, key) !== readKey(DEFAULT_SCENARIO, key)),
  )
  const [chosen, setChosen] = useState<boolean | null>(null)
  // Once a value was set, the group stays open even if it goes back to its default: it must not
  // fold away under the person's hands.
  const [wasChanged, setWasChanged] = useState(false)
  if (changed && !wasChanged) setWasChanged(true)
  const open = chosen ?? (changed || wasChanged)
  const legendId = useId()
  return (
    <details
      open={open}
      onToggle={(event) => {
        const now = event.currentTarget.open
        if (now !== open) setChosen(now)
      }}
      className="rounded border border-slate-200 p-3 dark:border-slate-700"
    >
      <summary className="cursor-pointer">
        <span id={legendId} className="text-base font-semibold">
          {title}
        </span>
        <span className="ml-2 text-sm text-slate-600 dark:text-slate-400" data-testid={`${group}-summary`}>
          {summary}
        </span>
      </summary>
      <fieldset aria-labelledby={legendId} className={`mt-3 min-w-0 ${gridClass}`}>
        <LeverGroupFields group={group} />
      </fieldset>
    </details>
  )
}

import { LeverGroupFields } from './lever-control.tsx'

/** Traffic and reply-size levers. */
export function ScenarioControls() {
  return (
    <fieldset className="min-w-0 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <legend className="mb-2 text-base font-semibold">Traffic</legend>
      <LeverGroupFields group="traffic" />
    </fieldset>
  )
}

import { LeverGroupFields } from './lever-control.tsx'

/** Images sent with every request; each model turns them into input tokens by its own rule. */
export function ImageControls() {
  return (
    <fieldset className="min-w-0 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <legend className="mb-2 text-base font-semibold">Images</legend>
      <LeverGroupFields group="images" />
    </fieldset>
  )
}

import { LEVERS, lever as leverNamed, type LeverGroup } from '../../core/scenario/levers.ts'
import { SystemInput, UserPromptInput } from '../input/prompt-inputs.tsx'
import { EnumField, LeverField, ModelField, SizeFields } from './lever-fields.tsx'
import { LatencyFields } from './latency-fields.tsx'
import { ModelMix } from './model-mix.tsx'
import { PricingAsOf } from './pricing-as-of.tsx'

/** The control of any lever, by URL parameter: what its kind in the lever table calls for. */
export function LeverControl({ param }: { param: string }) {
  const lever = leverNamed(param)
  switch (lever.kind) {
    case 'count':
    case 'tokens':
    case 'percent':
      return <LeverField param={param} />
    case 'size':
      return <SizeFields lever={lever} />
    case 'enum':
      return <EnumField lever={lever} />
    case 'model':
      return <ModelField lever={lever} />
    case 'latency':
      return <LatencyFields />
    case 'date':
      return <PricingAsOf />
    case 'text':
      return lever.key === 'system' ? <SystemInput /> : <UserPromptInput />
    case 'models':
    case 'mix':
      return <ModelMix />
  }
}

/** Every lever of one group of the lever table, in its order. */
export function LeverGroupFields({ group }: { group: LeverGroup }) {
  return LEVERS.filter((l) => l.group === group).map((l) => <LeverControl key={l.param} param={l.param} />)
}

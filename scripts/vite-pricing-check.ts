import type { Plugin } from 'vite'
import { checkPricingFolder } from './pricing-files.ts'

/** Fails `vite build` on a malformed pricing release, naming the file, model and field. */
export function pricingCheckPlugin(): Plugin {
  return {
    name: 'promptmeter:pricing-check',
    apply: 'build',
    buildStart() {
      const problems = checkPricingFolder()
      if (problems.length > 0) this.error(`pricing data is invalid:\n${problems.join('\n')}`)
    },
  }
}

// `npm run pricing:check`: validates every pricing release; exits non-zero naming each problem.
import { checkPricingFolder } from './pricing-files.ts'

const problems = checkPricingFolder()
if (problems.length > 0) {
  console.error(`pricing:check failed:\n${problems.map((p) => `  ${p}`).join('\n')}`)
  process.exit(1)
}
console.log('pricing:check ok')

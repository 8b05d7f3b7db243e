import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { README, readmeWithLeverTable } from '../../../scripts/readme-levers.ts'

it('the README lists every URL parameter of the lever table, as the table says (npm run readme:levers)', () => {
  const readme = readFileSync(README, 'utf8')
  expect(readme).toBe(readmeWithLeverTable(readme))
})

// `npm run readme:levers`: rewrites the README's URL-parameter table from the lever table
// (src/core/scenario/levers.ts). A unit test fails when the two drift apart.
import { readFileSync, writeFileSync } from 'node:fs'
import { LEVERS } from '../src/core/scenario/levers.ts'

export const README = new URL('../README.md', import.meta.url)
const START = '<!-- url-parameters: generated from src/core/scenario/levers.ts by `npm run readme:levers` -->'
const END = '<!-- /url-parameters -->'

/** The README's table of URL parameters, one row per lever. */
export function leverTable(): string {
  const rows = LEVERS.map((l) => `| \`${l.param}\` | ${l.meaning} | \`${l.param}=${l.example}\` |`)
  return ['| parameter | meaning | example |', '|---|---|---|', ...rows].join('\n')
}

/** The README with its table regenerated; throws when the markers are missing. */
export function readmeWithLeverTable(readme: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start)
    throw new Error(`README.md: the URL-parameter table needs the markers ${START} … ${END}`)
  return `${readme.slice(0, start + START.length)}\n\n${leverTable()}\n\n${readme.slice(end)}`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(README, readmeWithLeverTable(readFileSync(README, 'utf8')))
  console.log('README.md: URL-parameter table written')
}

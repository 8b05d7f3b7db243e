import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toJsonSchema } from '@valibot/to-json-schema'
import { parsePricingText } from '../src/core/pricing/parse-pricing.ts'
import { appendOnlyProblems } from '../src/core/pricing/release-history.ts'
import type { PricingRelease } from '../src/core/pricing/pricing-schema.ts'
import { PricingReleaseSchema } from '../src/core/pricing/pricing-schema.ts'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const RELEASES_DIR = join(ROOT, 'pricing', 'releases')
export const SCHEMA_FILE = join(ROOT, 'pricing', 'schema.json')

/** pricing/schema.json as generated from the valibot schema that the app parses with. */
export function generatedSchemaText(): string {
  const schema = toJsonSchema(PricingReleaseSchema, { errorMode: 'ignore' })
  return `${JSON.stringify({ ...schema, title: 'promptmeter pricing release' }, null, 2)}\n`
}

/** The release files, oldest first: pricing/releases/<data_version>.json. */
export const releaseFileNames = (): string[] =>
  readdirSync(RELEASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()

/** Every problem with the pricing folder, one line each; empty when all is well. */
export function checkPricingFolder(): string[] {
  const problems: string[] = []
  const files = releaseFileNames()
  if (files.length === 0) problems.push('pricing/releases: no release files')
  const versions = new Map<string, string>()
  let previous: PricingRelease | undefined
  for (const file of files) {
    const path = join(RELEASES_DIR, file)
    const name = relative(ROOT, path)
    const parsed = parsePricingText(readFileSync(path, 'utf8'), name)
    if (!parsed.ok) {
      problems.push(...parsed.reason.split('\n'))
      continue
    }
    const version = parsed.data.data_version
    if (`${version}.json` !== file) problems.push(`${name}: data_version "${version}" must match the file name`)
    if (versions.has(version)) problems.push(`${name}: data_version "${version}" repeats ${versions.get(version)}`)
    versions.set(version, name)
    if (previous) problems.push(...appendOnlyProblems(previous, parsed.data))
    previous = parsed.data
  }
  let committed = ''
  try {
    committed = readFileSync(SCHEMA_FILE, 'utf8')
  } catch {
    // reported below
  }
  if (committed !== generatedSchemaText()) {
    problems.push(
      'pricing/schema.json: out of date with src/core/pricing/pricing-schema.ts; run `npm run pricing:schema`',
    )
  }
  return problems
}

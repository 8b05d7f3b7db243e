import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { checkPricingFolder, releaseFileNames, RELEASES_DIR, SCHEMA_FILE } from './pricing-files.ts'

/** Where the build publishes the prices for others to read, beside the page. */
export const PRICING_FEED = {
  latest: 'pricing/latest.json',
  release: (fileName: string) => `pricing/releases/${fileName}`,
  schema: 'pricing/schema.json',
} as const

/**
 * Fails `vite build` on a malformed pricing release, naming the file, model and field; and
 * publishes the prices at stable addresses (the page itself loads the hashed copies): every
 * release as it is, the newest again as latest.json, and the schema.
 */
export function pricingCheckPlugin(): Plugin {
  return {
    name: 'promptmeter:pricing-check',
    apply: 'build',
    buildStart() {
      const problems = checkPricingFolder()
      if (problems.length > 0) this.error(`pricing data is invalid:\n${problems.join('\n')}`)
    },
    generateBundle() {
      const files = releaseFileNames()
      for (const file of files) {
        this.emitFile({
          type: 'asset',
          fileName: PRICING_FEED.release(file),
          source: readFileSync(join(RELEASES_DIR, file)),
        })
      }
      const newest = JSON.parse(readFileSync(join(RELEASES_DIR, files.at(-1)!), 'utf8')) as Record<string, unknown>
      // Its schema is beside it, not one folder up as for the releases.
      const latest = { ...newest, $schema: './schema.json' }
      this.emitFile({ type: 'asset', fileName: PRICING_FEED.latest, source: `${JSON.stringify(latest, null, 2)}\n` })
      this.emitFile({ type: 'asset', fileName: PRICING_FEED.schema, source: readFileSync(SCHEMA_FILE) })
    },
  }
}

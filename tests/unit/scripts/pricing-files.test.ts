import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkPricingFolder, generatedSchemaText, SCHEMA_FILE } from '../../../scripts/pricing-files.ts'

describe('the pricing/ folder', () => {
  it('passes every check', () => {
    expect(checkPricingFolder()).toEqual([])
  })

  it('has a schema.json generated from the schema the app parses with', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generatedSchemaText())
  })
})

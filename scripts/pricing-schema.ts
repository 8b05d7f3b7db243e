// `npm run pricing:schema`: writes pricing/schema.json from the valibot schema.
import { writeFileSync } from 'node:fs'
import { generatedSchemaText, SCHEMA_FILE } from './pricing-files.ts'

writeFileSync(SCHEMA_FILE, generatedSchemaText())
console.log(`wrote ${SCHEMA_FILE}`)

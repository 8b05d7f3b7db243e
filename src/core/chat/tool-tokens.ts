import * as v from 'valibot'
import { fail, ok, type Result } from '../result.ts'
import type { CountText } from '../tokenize/encodings.ts'

/**
 * Tool definitions as the chat-completions API takes them (`tools`), and a response format's
 * JSON schema (`response_format`), counted as the OpenAI cookbook counts them
 * ("How to count tokens with tiktoken", section 7, `num_tokens_for_tools`).
 */

const PropertySchema = v.looseObject({
  type: v.optional(v.union([v.string(), v.array(v.string())])),
  description: v.optional(v.string()),
  enum: v.optional(v.array(v.unknown())),
})
const FunctionSchema = v.looseObject({
  name: v.pipe(v.string(), v.minLength(1)),
  description: v.optional(v.string()),
  parameters: v.optional(
    v.looseObject({
      properties: v.optional(v.record(v.string(), PropertySchema)),
    }),
  ),
})
const ToolSchema = v.looseObject({ type: v.optional(v.string()), function: FunctionSchema })
export const ToolsSchema = v.array(ToolSchema)

export type Tool = v.InferOutput<typeof ToolSchema>

/** The cookbook's constants per model family: tokens around each function, property and enum. */
export interface ToolRule {
  funcInit: number
  propInit: number
  propKey: number
  enumInit: number
  enumItem: number
  funcEnd: number
}

/** gpt-4o and gpt-4o-mini (o200k_base). */
export const GPT_4O_TOOL_RULE: ToolRule = {
  funcInit: 7,
  propInit: 3,
  propKey: 3,
  enumInit: -3,
  enumItem: 3,
  funcEnd: 12,
}
/** gpt-3.5-turbo and gpt-4 (cl100k_base): three more tokens a function. */
export const GPT_35_TOOL_RULE: ToolRule = { ...GPT_4O_TOOL_RULE, funcInit: 10 }

/**
 * The models whose tool counts the cookbook checked against the API's `usage.prompt_tokens`
 * (101 on gpt-4o and gpt-4o-mini, 105 on gpt-3.5-turbo and gpt-4 for its example). Every other
 * model's tool count uses its encoding's rule and is an estimate.
 */
export const TOOL_COUNT_CONFIRMED_FOR: readonly string[] = ['gpt-4o', 'gpt-4o-mini', 'gpt-3.5-turbo', 'gpt-4']

export const toolRuleFor = (encoding: string): ToolRule =>
  encoding === 'cl100k_base' ? GPT_35_TOOL_RULE : GPT_4O_TOOL_RULE

const withoutFinalDot = (text: string) => (text.endsWith('.') ? text.slice(0, -1) : text)

/**
 * The tokens the tools add to a request's input. Nested objects and arrays inside a property
 * are not in the cookbook's rule: their own properties are not counted (the result says so).
 */
export function toolsTokens(
  tools: readonly Tool[],
  rule: ToolRule,
  countText: CountText,
): { tokens: number; nested: boolean } {
  if (tools.length === 0) return { tokens: 0, nested: false }
  let total = 0
  let nested = false
  for (const { function: fn } of tools) {
    total += rule.funcInit + countText(`${fn.name}:${withoutFinalDot(fn.description ?? '')}`)
    const properties = Object.entries(fn.parameters?.properties ?? {})
    if (properties.length === 0) continue
    total += rule.propInit
    for (const [name, property] of properties) {
      total += rule.propKey
      if (property.enum) {
        total += rule.enumInit
        for (const item of property.enum) total += rule.enumItem + countText(String(item))
      }
      const type = Array.isArray(property.type) ? property.type.join('|') : (property.type ?? '')
      total += countText(`${name}:${type}:${withoutFinalDot(property.description ?? '')}`)
      if ('properties' in property || 'items' in property) nested = true
    }
  }
  return { tokens: total + rule.funcEnd, nested }
}

/**
 * A response format's schema has no published rule: its JSON, written compactly, counted as
 * text. An estimate, always.
 */
export const responseFormatTokens = (schema: unknown, countText: CountText): number =>
  schema === undefined ? 0 : countText(JSON.stringify(schema))

/** Reads a `tools` array from JSON text: empty text is no tools; anything else must be one. */
export function parseTools(text: string): Result<Tool[]> {
  if (text.trim() === '') return ok([])
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    return fail(`Tools: not JSON (${e instanceof Error ? e.message : String(e)}).`)
  }
  // A single tool, or the whole request body, are taken for what they hold.
  const list = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.tools) ? json.tools : [json]
  const parsed = v.safeParse(ToolsSchema, list)
  if (parsed.success) return ok(parsed.output)
  const issue = parsed.issues[0]
  const where = issue.path?.map((p) => String(p.key)).join('.') ?? ''
  return fail(`Tools: ${where ? `at ${where}, ` : ''}${issue.message}.`)
}

/** Reads a response format from JSON text: a `response_format` object, its `json_schema`, or a bare schema. */
export function parseResponseFormat(text: string): Result<unknown> {
  if (text.trim() === '') return ok(undefined)
  try {
    const json: unknown = JSON.parse(text)
    return ok(json)
  } catch (e) {
    return fail(`Response format: not JSON (${e instanceof Error ? e.message : String(e)}).`)
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

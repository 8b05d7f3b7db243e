import { CHAT_ROLES, type ChatMessage, type ChatRole } from '../chat/chat-input-tokens.ts'
import { fail, ok, type Result } from '../result.ts'

/**
 * Files a person opens or drops, read in the browser only:
 * - `.txt`, `.md`, `.csv` (and any other text): the prompt;
 * - `.json`: a `messages` array, or a whole chat-completions request body with its `tools`,
 *   `response_format` and `max_tokens`;
 * - `.jsonl`: the Batch API's input, one request per line (`{custom_id, method, url, body}`),
 *   or one request body, or one messages array, per line.
 * A file that does not read is refused whole, with the line and field that stopped it.
 */

/** One request as a file gives it. */
export interface FileRequest {
  messages: ChatMessage[]
  /** The `tools` array as JSON text ('' = none). */
  tools: string
  /** The `response_format` as JSON text ('' = none). */
  responseFormat: string
  /** `max_completion_tokens` or `max_tokens`, when the request sets one. */
  maxTokens: number | null
  /** What the reading left out of the count (images, tool calls), in words. */
  notes: string[]
}

export type RequestFile =
  | { kind: 'text'; text: string }
  /** Tool definitions alone, as JSON text: they replace the request's tools. */
  | { kind: 'tools'; tools: string }
  | { kind: 'request'; request: FileRequest }
  | { kind: 'batch'; requests: FileRequest[] }

export type FileKind = RequestFile['kind']

/** Which reading a file name asks for (a `.json` may turn out to hold tools alone). */
export function fileKind(name: string): Exclude<FileKind, 'tools'> {
  const lower = name.toLowerCase()
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'batch'
  if (lower.endsWith('.json')) return 'request'
  return 'text'
}

export function readRequestFile(name: string, text: string): Result<RequestFile> {
  // A byte order mark is not part of the JSON (editors on Windows write one).
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  switch (fileKind(name)) {
    case 'text':
      return ok({ kind: 'text', text })
    case 'request': {
      const json = parseJson(body)
      if (!json.ok) return fail(`${name}: ${json.reason}`)
      // A file of tool definitions alone: the `tools` array, or one tool.
      const tools = toolsAlone(json.data)
      if (tools !== undefined) return ok({ kind: 'tools', tools })
      const request = readRequest(json.data, '')
      return request.ok ? ok({ kind: 'request', request: request.data }) : fail(`${name}: ${request.reason}`)
    }
    case 'batch': {
      const requests: FileRequest[] = []
      const lines = body.split('\n')
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!.trim()
        if (line === '') continue
        const where = `line ${i + 1}`
        const json = parseJson(line)
        if (!json.ok) return fail(`${name}, ${where}: ${json.reason}`)
        // The Batch API's lines wrap the request in `body`.
        const data = isRecord(json.data) && isRecord(json.data.body) ? json.data.body : json.data
        const prefix = isRecord(json.data) && isRecord(json.data.body) ? 'body.' : ''
        const request = readRequest(data, prefix)
        if (!request.ok) return fail(`${name}, ${where}: ${request.reason}`)
        requests.push(request.data)
      }
      if (requests.length === 0) return fail(`${name}: no requests (every line is empty).`)
      return ok({ kind: 'batch', requests })
    }
  }
}

function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text))
  } catch (e) {
    return fail(`not JSON (${e instanceof Error ? e.message : String(e)}).`)
  }
}

/** A request body or a bare messages array; `at` names where it sits, for messages. */
function readRequest(data: unknown, at: string): Result<FileRequest> {
  const body = Array.isArray(data) ? { messages: data } : data
  if (!isRecord(body)) return fail('expected a request object or a messages array.')
  if (!Array.isArray(body.messages)) return fail(`${at}messages: expected an array of messages.`)
  const notes = new Set<string>()
  const messages: ChatMessage[] = []
  for (const [i, raw] of body.messages.entries()) {
    const message = readMessage(raw, `${at}messages[${i}]`, notes)
    if (!message.ok) return message
    messages.push(message.data)
  }
  const maxTokens = body.max_completion_tokens ?? body.max_tokens
  if (maxTokens !== undefined && maxTokens !== null && !(Number.isInteger(maxTokens) && (maxTokens as number) > 0)) {
    return fail(`${at}max_tokens: expected a whole number above 0.`)
  }
  if (body.tools !== undefined && !Array.isArray(body.tools)) return fail(`${at}tools: expected an array.`)
  return ok({
    messages,
    tools: body.tools === undefined ? '' : JSON.stringify(body.tools),
    responseFormat: body.response_format === undefined ? '' : JSON.stringify(body.response_format),
    maxTokens: typeof maxTokens === 'number' ? maxTokens : null,
    notes: [...notes],
  })
}

function readMessage(raw: unknown, at: string, notes: Set<string>): Result<ChatMessage> {
  if (!isRecord(raw)) return fail(`${at}: expected a message object.`)
  if (!(CHAT_ROLES as readonly unknown[]).includes(raw.role)) {
    return fail(`${at}.role: expected one of ${CHAT_ROLES.join(', ')}.`)
  }
  const role = raw.role as ChatRole
  if (raw.name !== undefined && typeof raw.name !== 'string') return fail(`${at}.name: expected text.`)
  if (raw.tool_calls !== undefined) notes.add('tool calls in assistant messages are not counted')
  let content: string
  if (typeof raw.content === 'string') content = raw.content
  else if (raw.content === null || raw.content === undefined) content = ''
  else if (Array.isArray(raw.content)) {
    // Content parts: the text parts are joined; images are priced with the image levers.
    const texts: string[] = []
    for (const [j, part] of raw.content.entries()) {
      if (!isRecord(part)) return fail(`${at}.content[${j}]: expected a content part.`)
      if (part.type === 'text' && typeof part.text === 'string') texts.push(part.text)
      else notes.add(`${String(part.type)} parts are not counted (set images with the image levers)`)
    }
    content = texts.join('')
  } else return fail(`${at}.content: expected text or content parts.`)
  return ok(raw.name === undefined ? { role, content } : { role, content, name: raw.name as string })
}

/** Tool definitions with no messages: an array of them, `{tools: [...]}`, or one. */
function toolsAlone(json: unknown): string | undefined {
  const isTool = (t: unknown) => isRecord(t) && isRecord(t.function)
  if (Array.isArray(json) && json.length > 0 && json.every(isTool)) return JSON.stringify(json)
  if (isRecord(json) && json.messages === undefined && Array.isArray(json.tools)) return JSON.stringify(json.tools)
  if (isTool(json)) return JSON.stringify([json])
  return undefined
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A request's messages laid into the page: its first message, if a system message, in the
 * system box; its last, if a user message, in the prompt box; all others between them.
 */
export function requestIntoBoxes(request: FileRequest): {
  system: string
  prompt: string
  messages: ChatMessage[]
  /** The last message is not the user's: the prompt box still sends a user message, empty. */
  emptyUserAdded: boolean
} {
  const all = [...request.messages]
  const first = all[0]?.role === 'system' && all[0].name === undefined ? all.shift()! : undefined
  const last = all.at(-1)?.role === 'user' && all.at(-1)!.name === undefined ? all.pop()! : undefined
  return { system: first?.content ?? '', prompt: last?.content ?? '', messages: all, emptyUserAdded: !last }
}

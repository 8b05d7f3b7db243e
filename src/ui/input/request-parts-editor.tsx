import { useId, useState } from 'react'
import { CHAT_ROLES, type ChatMessage, type ChatRole } from '../../core/chat/chat-input-tokens.ts'
import { hasRequestParts } from '../../core/chat/request-parts.ts'
import { parseResponseFormat, parseTools, TOOL_COUNT_CONFIRMED_FOR } from '../../core/chat/tool-tokens.ts'
import { formatInteger } from '../../core/format/format-usd.ts'
import { useStore } from '../../state/store.ts'
import { useCounts } from '../hooks/counts-context.tsx'
import { EstimateBadge } from '../primitives/estimate-badge.tsx'
import { TextBox } from './text-box.tsx'

const field =
  'rounded border border-slate-300 bg-white p-1.5 text-sm dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'
const note = 'text-xs text-slate-500 dark:text-slate-400'
const button = 'rounded border border-slate-300 px-2 py-0.5 text-xs disabled:opacity-40 dark:border-slate-600'

/**
 * The request beyond the two boxes, as the API takes it: messages sent between the system
 * message and the user prompt (roles, optional names, in order, each with its count), the
 * `tools` array and the `response_format`. Folded until something is set.
 */
export function RequestPartsEditor() {
  const messages = useStore((s) => s.scenario.messages)
  const tools = useStore((s) => s.scenario.tools)
  const responseFormat = useStore((s) => s.scenario.responseFormat)
  const setScenario = useStore((s) => s.setScenario)
  const { firstParts, compared } = useCounts()
  const used = hasRequestParts({ messages, tools, responseFormat })
  // Open once something is set (a link, a file), then as the person folds it.
  const [open, setOpen] = useState(used)
  const [wasUsed, setWasUsed] = useState(used)
  if (used !== wasUsed) {
    setWasUsed(used)
    if (used) setOpen(true)
  }
  const first = compared[0]
  const toolsConfirmed = first !== undefined && TOOL_COUNT_CONFIRMED_FOR.includes(first.id)
  const toolsParsed = parseTools(tools)
  const formatParsed = parseResponseFormat(responseFormat)

  const setMessages = (next: ChatMessage[]) => setScenario({ messages: next })
  const change = (i: number, next: ChatMessage) => setMessages(messages.map((m, j) => (j === i ? next : m)))
  const move = (i: number, by: -1 | 1) => {
    const next = [...messages]
    ;[next[i], next[i + by]] = [next[i + by]!, next[i]!]
    setMessages(next)
  }

  return (
    <details
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="rounded border border-slate-300 p-3 dark:border-slate-600"
      data-testid="request-parts"
    >
      <summary className="cursor-pointer text-sm font-semibold">
        Messages, tools and response format
        <span className="ml-2 font-normal text-slate-600 dark:text-slate-400">
          {summaryLine(messages.length, tools, responseFormat)}
        </span>
      </summary>
      <div className="mt-3 flex flex-col gap-3">
        <p className={note}>
          Messages sent after the system message and before the user prompt, in this order: few-shot examples, an
          earlier exchange, a tool’s result. Each is billed with its chat overhead.
        </p>
        <ol className="flex flex-col gap-2" aria-label="Messages between the system message and the prompt">
          {messages.map((message, i) => (
            <MessageRow
              key={i}
              index={i}
              count={messages.length}
              message={message}
              tokens={firstParts?.messageTokens[i]}
              onChange={(next) => change(i, next)}
              onMove={(by) => move(i, by)}
              onRemove={() => setMessages(messages.filter((_, j) => j !== i))}
            />
          ))}
        </ol>
        {firstParts?.messagesEstimated && (
          <p className={note} data-testid="messages-estimated">
            ≈ This model’s chat template refuses these messages in this order (some want user and assistant to
            alternate): they are counted by the OpenAI cookbook’s rule instead.
          </p>
        )}
        <div>
          <button
            type="button"
            className={button}
            onClick={() =>
              setMessages([...messages, { role: messages.at(-1)?.role === 'user' ? 'assistant' : 'user', content: '' }])
            }
          >
            Add message
          </button>
        </div>
        <JsonBox
          label="Tools (the request’s tools array, JSON)"
          value={tools}
          onChange={(v) => setScenario({ tools: v })}
          error={toolsParsed.ok ? undefined : toolsParsed.reason}
          testId="tools-input"
        >
          {toolsParsed.ok && toolsParsed.data.length > 0 && firstParts && (
            <span data-testid="tools-tokens">
              {toolsConfirmed ? '' : '≈ '}
              {formatInteger(firstParts.toolsTokens)} tokens for {toolsParsed.data.length} tool(s)
              {toolsConfirmed ? (
                ' (OpenAI cookbook rule, confirmed against the API for this model)'
              ) : (
                <>
                  {' '}
                  <EstimateBadge why="tools" />: the OpenAI cookbook’s rule, confirmed only on gpt-4o, gpt-4o-mini,
                  gpt-3.5-turbo and gpt-4
                </>
              )}
              {firstParts.toolsNested && '; properties nested inside objects or arrays are not counted'}
            </span>
          )}
        </JsonBox>
        <JsonBox
          label="Response format (response_format or its JSON schema)"
          value={responseFormat}
          onChange={(v) => setScenario({ responseFormat: v })}
          error={formatParsed.ok ? undefined : formatParsed.reason}
          testId="response-format-input"
        >
          {formatParsed.ok && formatParsed.data !== undefined && firstParts && (
            <span data-testid="response-format-tokens">
              ≈ {formatInteger(firstParts.responseFormatTokens)} tokens <EstimateBadge why="schema" />: its JSON counted
              as text; no provider publishes how a schema is billed
            </span>
          )}
        </JsonBox>
      </div>
    </details>
  )
}

function summaryLine(messages: number, tools: string, responseFormat: string): string {
  const parts = [
    messages > 0 ? `${messages} message(s)` : '',
    tools.trim() ? 'tools' : '',
    responseFormat.trim() ? 'response format' : '',
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(' · ') : 'none'
}

interface MessageRowProps {
  index: number
  count: number
  message: ChatMessage
  tokens: number | undefined
  onChange: (next: ChatMessage) => void
  onMove: (by: -1 | 1) => void
  onRemove: () => void
}

function MessageRow({ index, count, message, tokens, onChange, onMove, onRemove }: MessageRowProps) {
  const n = index + 1
  // Also the content's test id (the editor's element carries its id as one).
  const contentId = `message-${n}-content`
  return (
    <li
      className="flex flex-col gap-1 rounded border border-slate-200 p-2 dark:border-slate-700"
      data-testid={`message-${n}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-1 text-xs">
          Role
          <select
            className={field}
            value={message.role}
            aria-label={`Message ${n} role`}
            onChange={(event) => onChange({ ...message, role: event.target.value as ChatRole })}
          >
            {CHAT_ROLES.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1 text-xs">
          Name
          <input
            className={`${field} w-32`}
            value={message.name ?? ''}
            aria-label={`Message ${n} name (optional)`}
            placeholder="optional"
            onChange={(event) => {
              // An empty name is no name: the API counts a name only when the message has one.
              const { role, content } = message
              onChange(event.target.value === '' ? { role, content } : { role, content, name: event.target.value })
            }}
          />
        </label>
        <span className={`${note} ml-auto tabular-nums`} data-testid={`message-${n}-tokens`}>
          {tokens === undefined ? '…' : `${formatInteger(tokens)} tokens`}
        </span>
        <button type="button" className={button} disabled={index === 0} onClick={() => onMove(-1)}>
          <span aria-hidden="true">↑</span>
          <span className="sr-only">Move message {n} up</span>
        </button>
        <button type="button" className={button} disabled={index === count - 1} onClick={() => onMove(1)}>
          <span aria-hidden="true">↓</span>
          <span className="sr-only">Move message {n} down</span>
        </button>
        <button type="button" className={button} onClick={onRemove}>
          Remove<span className="sr-only"> message {n}</span>
        </button>
      </div>
      <span id={`${contentId}-label`} className="sr-only">
        Message {n} content
      </span>
      {/* The editor the boxes above are: a message of megabytes is edited as they are, its tokens coloured. */}
      <TextBox
        id={contentId}
        labelId={`${contentId}-label`}
        rows={3}
        value={message.content}
        onChange={(content) => onChange({ ...message, content })}
      />
    </li>
  )
}

interface JsonBoxProps {
  label: string
  value: string
  onChange: (value: string) => void
  error: string | undefined
  testId: string
  children: React.ReactNode
}

function JsonBox({ label, value, onChange, error, testId, children }: JsonBoxProps) {
  const id = useId()
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        data-testid={testId}
        className={`${field} font-mono`}
        rows={3}
        spellCheck={false}
        value={value}
        aria-invalid={error !== undefined}
        aria-describedby={`${id}-note`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-note`} className={error ? 'text-xs text-red-700 dark:text-red-300' : note}>
        {error ?? children}
      </p>
    </div>
  )
}

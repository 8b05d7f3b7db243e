import { fileKind, readRequestFile, requestIntoBoxes } from '../../core/files/request-file.ts'
import { formatInteger } from '../../core/format/format-usd.ts'
import { countingOf } from '../../core/pricing/model-traits.ts'
import { useStore } from '../../state/store.ts'
import { useCounts } from './counts-context.tsx'
import { workerClient } from './worker-client.ts'

/** Larger files are refused: a browser tab holds a copy or two of the text while it is read. */
const MAX_FILE_BYTES = 200 * 1024 * 1024

/**
 * Reads a file a person opens or drops, in the browser only: text into the prompt, a `.json`
 * request into the boxes, messages, tools and response format, a `.jsonl` into the batch
 * summary. A file that does not read changes nothing and says why (line and field).
 */
export function useOpenFile(): (file: File) => Promise<void> {
  const setOutcome = useStore((s) => s.setFileStatus)
  const { compared } = useCounts()
  const open = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setOutcome({
        kind: 'error',
        text: `${file.name}: ${formatInteger(file.size)} bytes is more than this page reads (200 MB).`,
      })
      return
    }
    const text = await file.text()
    const { setScenario, setBatchFile } = useStore.getState()
    if (fileKind(file.name) === 'batch') {
      setOutcome({ kind: 'done', text: `Counting ${file.name}…` })
      const counters = [...new Set(compared.map((m) => countingOf(m).counter))]
      const counted = await workerClient.countBatchFile(
        file.name,
        text,
        counters.length > 0 ? counters : ['o200k_base'],
      )
      if (!counted.ok) return setOutcome({ kind: 'error', text: counted.reason })
      setBatchFile(counted.data)
      const requests = counted.data.maxTokens.length
      setOutcome({ kind: 'done', text: `${file.name}: ${formatInteger(requests)} requests, summarised below.` })
      return
    }
    const read = readRequestFile(file.name, text)
    if (!read.ok) return setOutcome({ kind: 'error', text: read.reason })
    if (read.data.kind === 'tools') {
      setScenario({ tools: read.data.tools })
      setOutcome({ kind: 'done', text: `${file.name}: its tools replace the request’s.` })
      return
    }
    if (read.data.kind !== 'request') {
      setScenario({ prompt: read.data.kind === 'text' ? read.data.text : text })
      setOutcome({ kind: 'done', text: `${file.name} is in the prompt.` })
      return
    }
    const { request } = read.data
    const boxes = requestIntoBoxes(request)
    setScenario({
      system: boxes.system,
      prompt: boxes.prompt,
      messages: boxes.messages,
      tools: request.tools,
      responseFormat: request.responseFormat,
      ...(request.maxTokens !== null && { maxTokens: request.maxTokens }),
    })
    const notes = [
      ...request.notes,
      ...(boxes.emptyUserAdded
        ? ['its last message is not the user’s, so the empty prompt box adds an empty user message']
        : []),
    ]
    setOutcome({
      kind: 'done',
      text: `${file.name}: ${request.messages.length} messages${request.tools ? ', tools' : ''}${request.responseFormat ? ', response format' : ''}${request.maxTokens !== null ? `, max_tokens ${request.maxTokens}` : ''}.${notes.length > 0 ? ` Note: ${notes.join('; ')}.` : ''}`,
    })
  }
  return (file) => open(file).catch((e: unknown) => setOutcome({ kind: 'error', text: `${file.name}: ${String(e)}` }))
}

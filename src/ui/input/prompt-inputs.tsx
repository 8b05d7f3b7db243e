import { lever } from '../../core/scenario/levers.ts'
import { useStore } from '../../state/store.ts'
import { PROMPT_ROWS } from './box-rows.ts'
import { TextBox } from './text-box.tsx'

export function SystemInput() {
  const system = useStore((s) => s.scenario.system)
  const setScenario = useStore((s) => s.setScenario)
  return (
    <div className="flex flex-col gap-1">
      <label id="system-input-label" htmlFor="system-input" className="text-sm font-medium">
        {lever('system').label} <span className="font-normal text-slate-500 dark:text-slate-400">(optional)</span>
      </label>
      <TextBox
        id="system-input"
        labelId="system-input-label"
        rows={3}
        countedAs="system"
        value={system}
        onChange={(v) => setScenario({ system: v })}
      />
    </div>
  )
}

export function UserPromptInput({ rows = PROMPT_ROWS }: { rows?: number }) {
  const prompt = useStore((s) => s.scenario.prompt)
  const setScenario = useStore((s) => s.setScenario)
  const setPromptInView = useStore((s) => s.setPromptInView)
  return (
    <div className="flex flex-col gap-1">
      <label id="prompt-input-label" htmlFor="prompt-input" className="text-sm font-medium">
        {lever('prompt').label}
      </label>
      <TextBox
        id="prompt-input"
        labelId="prompt-input-label"
        rows={rows}
        placeholder="Paste a prompt…"
        countedAs="user"
        value={prompt}
        onChange={(v) => setScenario({ prompt: v })}
        onView={setPromptInView}
      />
    </div>
  )
}

/** The system message and user prompt boxes. */
export function PromptInputs() {
  return (
    <div className="flex flex-col gap-3">
      <SystemInput />
      <UserPromptInput />
    </div>
  )
}

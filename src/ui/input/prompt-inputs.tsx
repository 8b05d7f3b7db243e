import { useStore } from '../../state/store.ts'

const boxClass = 'w-full rounded border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900'

export function SystemInput() {
  const system = useStore((s) => s.scenario.system)
  const setScenario = useStore((s) => s.setScenario)
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="system-input" className="text-sm font-medium">
        System message <span className="font-normal text-slate-500">(optional)</span>
      </label>
      <textarea
        id="system-input"
        data-testid="system-input"
        className={boxClass}
        rows={3}
        spellCheck={false}
        value={system}
        onChange={(event) => setScenario({ system: event.target.value })}
      />
    </div>
  )
}

export function UserPromptInput({ rows = 8 }: { rows?: number }) {
  const prompt = useStore((s) => s.scenario.prompt)
  const setScenario = useStore((s) => s.setScenario)
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="prompt-input" className="text-sm font-medium">
        User prompt
      </label>
      <textarea
        id="prompt-input"
        data-testid="prompt-input"
        className={boxClass}
        rows={rows}
        spellCheck={false}
        placeholder="Paste a prompt…"
        value={prompt}
        onChange={(event) => setScenario({ prompt: event.target.value })}
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

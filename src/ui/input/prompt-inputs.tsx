import { useStore } from '../../state/store.ts'

/** The system message and user prompt boxes. */
export function PromptInputs() {
  const system = useStore((s) => s.scenario.system)
  const prompt = useStore((s) => s.scenario.prompt)
  const setScenario = useStore((s) => s.setScenario)
  const boxClass =
    'w-full rounded border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900'

  return (
    <div className="flex flex-col gap-3">
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
      <div className="flex flex-col gap-1">
        <label htmlFor="prompt-input" className="text-sm font-medium">
          User prompt
        </label>
        <textarea
          id="prompt-input"
          data-testid="prompt-input"
          className={boxClass}
          rows={8}
          spellCheck={false}
          placeholder="Paste a prompt…"
          value={prompt}
          onChange={(event) => setScenario({ prompt: event.target.value })}
        />
      </div>
    </div>
  )
}

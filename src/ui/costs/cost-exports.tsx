import type { ScenarioCosts } from '../../core/cost/scenario-costs.ts'
import { costsCsv } from '../../core/export/costs-csv.ts'
import { scenarioJson } from '../../core/export/scenario-json.ts'
import { useStore } from '../../state/store.ts'
import { downloadText } from '../primitives/download.ts'

/** Saves the table as CSV and the scenario's inputs as JSON, made in the page. */
export function CostExports({ costs, lowCosts }: { costs: ScenarioCosts; lowCosts: ScenarioCosts }) {
  const release = useStore((s) => (s.pricing.status === 'ready' ? s.pricing.release.data_version : null))
  const button = 'rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600'
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label="Export">
      <button
        type="button"
        className={button}
        onClick={() => downloadText('promptmeter-costs.csv', costsCsv(costs, lowCosts), 'text/csv')}
      >
        Export table (CSV)
      </button>
      <button
        type="button"
        className={button}
        onClick={() =>
          downloadText(
            'promptmeter-scenario.json',
            scenarioJson(useStore.getState().scenario, release),
            'application/json',
          )
        }
      >
        Export scenario (JSON)
      </button>
    </div>
  )
}

import type { StateCreator } from 'zustand'
import { CUSTOM_MODEL_ID, DEFAULT_SCENARIO, type CustomModelInput, type Scenario } from '../core/scenario/scenario.ts'
import { addToMix, removeFromMix, setShare } from '../core/scenario/mix.ts'
import type { Store } from './store.ts'

export interface ScenarioSlice {
  scenario: Scenario
  setScenario: (patch: Partial<Scenario>) => void
  setModelShare: (index: number, percent: number) => void
  addModel: (id: string) => void
  removeModel: (index: number) => void
  /** Sets the custom model's prices; null removes it, from the comparison too (unless it is the only model). */
  setCustomModel: (custom: CustomModelInput | null) => void
}

export const createScenarioSlice: StateCreator<Store, [], [], ScenarioSlice> = (set) => ({
  scenario: DEFAULT_SCENARIO,
  setScenario: (patch) => set((s) => ({ scenario: { ...s.scenario, ...patch } })),
  setModelShare: (index, percent) =>
    set((s) => ({ scenario: { ...s.scenario, mixPercents: setShare(s.scenario.mixPercents, index, percent) } })),
  addModel: (id) =>
    set((s) =>
      s.scenario.modelIds.includes(id)
        ? s
        : {
            scenario: {
              ...s.scenario,
              modelIds: [...s.scenario.modelIds, id],
              mixPercents: addToMix(s.scenario.mixPercents),
            },
          },
    ),
  removeModel: (index) => set((s) => ({ scenario: withoutModel(s.scenario, index) })),
  setCustomModel: (custom) =>
    set((s) => {
      if (custom) return { scenario: { ...s.scenario, customModel: custom } }
      const index = s.scenario.modelIds.indexOf(CUSTOM_MODEL_ID)
      // The comparison always keeps one model.
      if (index >= 0 && s.scenario.modelIds.length < 2) return s
      const scenario = index < 0 ? s.scenario : withoutModel(s.scenario, index)
      return { scenario: { ...scenario, customModel: null } }
    }),
})

const withoutModel = (scenario: Scenario, index: number): Scenario => ({
  ...scenario,
  modelIds: scenario.modelIds.filter((_, i) => i !== index),
  mixPercents: removeFromMix(scenario.mixPercents, index),
})

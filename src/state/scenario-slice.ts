import type { StateCreator } from 'zustand'
import { DEFAULT_SCENARIO, type Scenario } from '../core/scenario/scenario.ts'
import { addToMix, removeFromMix, setShare } from '../core/scenario/mix.ts'
import type { Store } from './store.ts'

export interface ScenarioSlice {
  scenario: Scenario
  setScenario: (patch: Partial<Scenario>) => void
  setModelShare: (index: number, percent: number) => void
  addModel: (id: string) => void
  removeModel: (index: number) => void
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
  removeModel: (index) =>
    set((s) => ({
      scenario: {
        ...s.scenario,
        modelIds: s.scenario.modelIds.filter((_, i) => i !== index),
        mixPercents: removeFromMix(s.scenario.mixPercents, index),
      },
    })),
})

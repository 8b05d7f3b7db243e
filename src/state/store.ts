import { create } from 'zustand'
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice.ts'
import { createPricingSlice, type PricingSlice } from './pricing-slice.ts'
import { createNoticesSlice, type NoticesSlice } from './notices-slice.ts'
import { createTokenDisplaySlice, type TokenDisplaySlice } from './token-display-slice.ts'
import { createFileSlice, type FileSlice } from './file-slice.ts'

export type Store = ScenarioSlice & PricingSlice & NoticesSlice & TokenDisplaySlice & FileSlice

/** Builds a store; the app uses one, tests make their own. */
export const createAppStore = () =>
  create<Store>()((...a) => ({
    ...createScenarioSlice(...a),
    ...createPricingSlice(...a),
    ...createNoticesSlice(...a),
    ...createTokenDisplaySlice(...a),
    ...createFileSlice(...a),
  }))

export const useStore = createAppStore()

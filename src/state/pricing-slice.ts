import type { StateCreator } from 'zustand'
import type { PricingRelease } from '../core/pricing/pricing-schema.ts'
import type { Store } from './store.ts'

export type PricingState =
  | { status: 'loading' }
  | { status: 'ready'; release: PricingRelease; fileName: string }
  | { status: 'error'; message: string }

export interface PricingSlice {
  pricing: PricingState
  setPricing: (pricing: PricingState) => void
}

export const createPricingSlice: StateCreator<Store, [], [], PricingSlice> = (set) => ({
  pricing: { status: 'loading' },
  setPricing: (pricing) => set({ pricing }),
})

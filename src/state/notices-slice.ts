import type { StateCreator } from 'zustand'
import type { Store } from './store.ts'

export interface NoticesSlice {
  /** Things the page ignored or changed on the person's behalf, e.g. a broken URL parameter. */
  notices: string[]
  addNotices: (notices: readonly string[]) => void
  dismissNotices: () => void
}

export const createNoticesSlice: StateCreator<Store, [], [], NoticesSlice> = (set) => ({
  notices: [],
  addNotices: (notices) => set((s) => (notices.length === 0 ? s : { notices: [...s.notices, ...notices] })),
  dismissNotices: () => set({ notices: [] }),
})

import type { StateCreator } from 'zustand'
import type { Store } from './store.ts'

export interface NoticesSlice {
  /** Things the page ignored or changed on the person's behalf, e.g. a broken URL parameter. */
  notices: string[]
  /** Things worth knowing that need nothing done, e.g. that a link was edited by hand. Shown quietly. */
  infos: string[]
  addNotices: (notices: readonly string[]) => void
  addInfos: (infos: readonly string[]) => void
  dismissNotices: () => void
}

export const createNoticesSlice: StateCreator<Store, [], [], NoticesSlice> = (set) => ({
  notices: [],
  infos: [],
  addNotices: (notices) => set((s) => (notices.length === 0 ? s : { notices: [...s.notices, ...notices] })),
  addInfos: (infos) => set((s) => (infos.length === 0 ? s : { infos: [...s.infos, ...infos] })),
  dismissNotices: () => set({ notices: [], infos: [] }),
})

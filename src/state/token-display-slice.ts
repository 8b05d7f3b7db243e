import type { StateCreator } from 'zustand'
import type { EncodingName } from '../core/tokenize/encoding-names.ts'
import type { Store } from './store.ts'

/** How tokens are shown, in the editors and in the token view alike: one setting for both. */
export interface TokenDisplay {
  /** The encoding picked by the person; unset, the first compared model's encoding is used. */
  encoding: EncodingName | undefined
  /** Alternating backgrounds per token; off for people who find them noisy. */
  colours: boolean
  /** Marks for spaces, tabs and line ends. */
  whitespace: boolean
  /** The ids written beside each token in the token view (copyable). */
  idsAsText: boolean
}

export interface TokenDisplaySlice {
  tokenDisplay: TokenDisplay
  setTokenDisplay: (change: Partial<TokenDisplay>) => void
  /** The first character of the prompt the editor shows: the token view follows it. */
  promptInView: number
  setPromptInView: (at: number) => void
}

export const createTokenDisplaySlice: StateCreator<Store, [], [], TokenDisplaySlice> = (set) => ({
  tokenDisplay: { encoding: undefined, colours: true, whitespace: false, idsAsText: false },
  setTokenDisplay: (change) => set((s) => ({ tokenDisplay: { ...s.tokenDisplay, ...change } })),
  promptInView: 0,
  setPromptInView: (at) => set({ promptInView: at }),
})

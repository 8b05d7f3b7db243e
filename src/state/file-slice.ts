import type { StateCreator } from 'zustand'
import type { CountedBatch } from '../core/files/batch-file.ts'
import type { Store } from './store.ts'

export interface FileSlice {
  /**
   * The last `.jsonl` file opened, counted (its requests' counts, never its text). Not part of
   * the scenario: a file of thousands of requests has no place in a link.
   */
  batchFile: CountedBatch | null
  setBatchFile: (batch: CountedBatch | null) => void
  /** What became of the last file opened: read, or why not (its line and field). */
  fileStatus: { kind: 'done' | 'error'; text: string } | null
  setFileStatus: (status: FileSlice['fileStatus']) => void
}

export const createFileSlice: StateCreator<Store, [], [], FileSlice> = (set) => ({
  batchFile: null,
  setBatchFile: (batchFile) => set({ batchFile }),
  fileStatus: null,
  setFileStatus: (fileStatus) => set({ fileStatus }),
})

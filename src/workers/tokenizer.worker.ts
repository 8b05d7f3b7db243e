import { expose } from 'comlink'
import { countPrompt } from '../core/tokenize/count-prompt.ts'

const api = { countPrompt }
export type TokenizerWorkerApi = typeof api

expose(api)

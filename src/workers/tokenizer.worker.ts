import { expose } from 'comlink'
import { countPrompt } from '../core/tokenize/count-prompt.ts'
import { shareLink } from '../core/url/share-link.ts'

// Everything that takes time on megabytes of text runs here: counting, and compressing the
// texts into a share link.
const api = { countPrompt, shareLink }
export type TokenizerWorkerApi = typeof api

expose(api)

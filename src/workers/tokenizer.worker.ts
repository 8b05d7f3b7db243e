import { expose } from 'comlink'
import { createWorkerApi } from './tokenizer-worker-api.ts'

// Everything that takes time on megabytes of text runs here: counting, and compressing the
// texts into a share link.
expose(createWorkerApi())

// One measurement in its own thread, so one that runs past the time limit can be stopped.
import { readFileSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { get_encoding } from 'tiktoken'
import { loadLibrary, timeCount, timeKeystroke, type Library } from './libraries.ts'

const job = workerData as { task: 'count'; library: Library; file: string; limitMs: number } | { task: 'keystroke'; file: string }
const text = readFileSync(job.file, 'utf8')
if (job.task === 'keystroke') {
  parentPort!.postMessage(await timeKeystroke(text))
} else {
  const count = await loadLibrary(job.library, async () => {
    const encoder = get_encoding('o200k_base')
    return (t) => encoder.encode_ordinary(t).length
  })
  parentPort!.postMessage(await timeCount(count, text, job.limitMs))
}

// One measurement in its own thread, so one that runs past the time limit can be stopped.
import { readFileSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { get_encoding } from 'tiktoken'
import { loadLibrary, timeCount, timeInTurns, timeKeystroke, type Library } from './libraries.ts'

type Job =
  { task: 'count'; library: Library; file: string; limitMs: number } | { task: 'keystroke' | 'pair'; file: string }
const job = workerData as Job
const text = readFileSync(job.file, 'utf8')
const load = (library: Library) =>
  loadLibrary(library, async () => {
    const encoder = get_encoding('o200k_base')
    return (t) => encoder.encode_ordinary(t).length
  })
if (job.task === 'keystroke') parentPort!.postMessage(await timeKeystroke(text))
else if (job.task === 'pair')
  parentPort!.postMessage(
    await timeInTurns(
      { ours: await load('promptmeter'), theirs: await load('gpt-tokenizer'), tiktoken: await load('tiktoken (WASM)') },
      text,
    ),
  )
else if (job.task === 'count') parentPort!.postMessage(await timeCount(await load(job.library), text, job.limitMs))

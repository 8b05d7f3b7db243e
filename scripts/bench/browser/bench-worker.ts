// One measurement in a Web Worker, so one that runs past the time limit can be terminated.
import { init, Tiktoken } from 'tiktoken/lite/init'
import wasmUrl from 'tiktoken/lite/tiktoken_bg.wasm?url'
import { loadLibrary, timeCount, timeInTurns, timeKeystroke, type Library } from '../libraries.ts'

type Job =
  { task: 'count'; library: Library; url: string; limitMs: number } | { task: 'keystroke' | 'pair'; url: string }

self.onmessage = async (event: MessageEvent<Job>) => {
  const job = event.data
  const text = await (await fetch(job.url)).text()
  if (job.task === 'keystroke') {
    self.postMessage(await timeKeystroke(text))
    return
  }
  const load = (library: Library) =>
    loadLibrary(library, async () => {
      await init((imports) => WebAssembly.instantiateStreaming(fetch(wasmUrl), imports))
      const model = (await import('tiktoken/encoders/o200k_base.json')).default
      const encoder = new Tiktoken(model.bpe_ranks, model.special_tokens, model.pat_str)
      return (t) => encoder.encode_ordinary(t).length
    })
  if (job.task === 'pair')
    self.postMessage(
      await timeInTurns(
        {
          ours: await load('promptmeter'),
          theirs: await load('gpt-tokenizer'),
          tiktoken: await load('tiktoken (WASM)'),
        },
        text,
      ),
    )
  else if (job.task === 'count') self.postMessage(await timeCount(await load(job.library), text, job.limitMs))
}

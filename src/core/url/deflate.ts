// The platform's own DEFLATE (CompressionStream): native code, in browsers, workers and Node,
// about 50 ms for a megabyte of text, where a JavaScript compressor takes several times that.

/** Raw DEFLATE of UTF-8 text. */
export async function deflateText(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/**
 * Inflates raw DEFLATE back to text. Rejects on corrupt or cut-off data, and past `maxBytes`
 * of output, so a crafted link cannot make the page inflate gigabytes.
 */
export async function inflateText(bytes: Uint8Array, maxBytes: number): Promise<string> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.length
    if (total > maxBytes) {
      await reader.cancel()
      throw new Error(`more than ${maxBytes} bytes`)
    }
    chunks.push(value)
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(chunks as BlobPart[]).arrayBuffer())
}

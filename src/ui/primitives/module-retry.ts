/**
 * Where to load a script module again after its dynamic import failed. A browser may keep the
 * failure for the module's address for good (Chromium 150 does; later builds fetch again): importing it
 * again then fails at once, even with the network back. The same address with a query of its own
 * is a new module to the browser, fetched anew. Chromium and Firefox name the module in the error
 * (its message ends with the address); where a browser does not (Safari), there is no address to
 * change, and undefined says to import as before.
 */
export function moduleUrlToRetry(error: unknown, origin: string, attempt: number): string | undefined {
  const message = error instanceof Error ? error.message : ''
  const named = /\bhttps?:\/\/\S+\.m?js\b(?:\?\S*)?/.exec(message)?.[0]
  if (named === undefined) return undefined
  let url: URL
  try {
    url = new URL(named)
  } catch {
    return undefined
  }
  // Only the page's own scripts (a message is not trusted with where code comes from).
  if (url.origin !== origin) return undefined
  url.searchParams.set('retry', String(attempt))
  return url.href
}

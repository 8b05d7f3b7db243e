/**
 * Requests of one kind, numbered per key (an encoding): a newer one for the same key makes the
 * older ones stale, so they stop at their next yield instead of finishing for nothing. The page
 * and the worker each keep one per kind of request (the boxes' counts, the other parts' counts):
 * two kinds run side by side and do not make each other stale.
 */
export class LatestRequests<K> {
  #latest = new Map<K, number>()

  /** Starts a request for `key`; the function it returns says whether a newer one has started since. */
  begin(key: K): () => boolean {
    const id = (this.#latest.get(key) ?? 0) + 1
    this.#latest.set(key, id)
    return () => this.#latest.get(key) !== id
  }
}

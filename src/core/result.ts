/** Untrusted data is parsed at the edge into one of these, never thrown past it. */
export type Result<T> = { ok: true; data: T } | { ok: false; reason: string }

export const ok = <T>(data: T): Result<T> => ({ ok: true, data })
export const fail = <T = never>(reason: string): Result<T> => ({ ok: false, reason })

/**
 * How a text crosses to the worker. Copying a string into a message takes the sender's thread
 * about 5 ms a megabyte, in one piece: a 10 MB paste would hold the page for 50 ms. Large texts
 * are therefore uploaded once, in parts (one message, one task, each), and then named by id.
 */
export type TextRef = string | { id: number }

/** Texts up to this many characters travel inline. */
export const INLINE_TEXT_CHARS = 262_144
/** Characters per upload message. */
export const UPLOAD_PART_CHARS = 1_048_576
/**
 * Texts the worker keeps, and the client remembers, each side letting go of the one used longest
 * ago: enough for the long texts a request names at once (the two boxes and long messages between
 * them) and the versions of one being typed in, not so many that pasted megabytes pile up. The
 * client remembers fewer, so an id it holds is nearly always there; should the worker have let
 * one go, it says so (`missingText`) and the client sends the text again.
 */
export const WORKER_KEEPS = 16
export const CLIENT_KEEPS = 8

const MISSING = 'is not held by the worker'

/** The error of a request naming a text the worker does not hold. */
export const missingText = (id: number): Error => new Error(`text ${id} ${MISSING}`)

/** Whether a request failed for naming a text the worker does not hold (the error crossed as a plain Error). */
export const isMissingText = (error: unknown): boolean => error instanceof Error && error.message.endsWith(MISSING)

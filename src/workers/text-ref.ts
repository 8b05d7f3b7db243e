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
/** Uploads the worker keeps; the client remembers fewer, so an id it holds is always there. */
export const WORKER_KEEPS = 6
export const CLIENT_KEEPS = 3

/**
 * The prompt box's height in lines. Kept apart from the editor's code (which loads after the
 * first paint): the plain box before it reads it too, and so does the bench's editor alone.
 */
export const PROMPT_ROWS = 8

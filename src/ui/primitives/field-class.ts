/** How a form field (input, select) looks on the page, in either theme. */
export const FIELD_CLASS = 'rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900'

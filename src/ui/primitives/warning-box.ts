/** A box that warns (a notice, a part of the page that failed): amber, in either theme. */
export const WARNING_BOX =
  'rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100'

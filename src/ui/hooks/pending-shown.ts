/**
 * A count or cost under way is drawn as such (dimmed, "updating…") only once it has taken this
 * long. A keystroke's count takes a few tens of milliseconds: marked for that long, the figures
 * flickered at every key (and their repaint joined the key's own frame). Their `aria-busy` says
 * at once that they are not yet the current text's.
 */
export const PENDING_SHOWN_AFTER_MS = 250

/**
 * How such a figure is drawn meanwhile: its text muted (styles.css, `.pending-shown`), still
 * readable (faded with opacity, its grey text fell to 2.3:1 against the page).
 */
export const PENDING_SHOWN_CLASS = 'pending-shown'

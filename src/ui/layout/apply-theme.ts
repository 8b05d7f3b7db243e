import type { Theme } from '../../core/url/embed-params.ts'

/** Light, dark, or following the system (and its later changes), via the `dark` class. */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement
  if (theme !== 'auto') {
    root.classList.toggle('dark', theme === 'dark')
    return
  }
  const query = window.matchMedia('(prefers-color-scheme: dark)')
  const follow = () => root.classList.toggle('dark', query.matches)
  follow()
  query.addEventListener('change', follow)
}

import { toBlob } from 'html-to-image'
import { useRef, useState, type ReactNode } from 'react'
import { downloadBlob } from '../primitives/download.ts'

interface ChartFigureProps {
  testId: string
  caption: ReactNode
  /** File name for the PNG export, without extension. */
  fileName: string
  /** Tailwind height class of the figure. */
  heightClass?: string
  controls?: ReactNode
  children: ReactNode
}

/** A chart with its caption and a "PNG" button that saves what is drawn. Part of the lazy chart chunk. */
export function ChartFigure({ testId, caption, fileName, heightClass = 'h-72', controls, children }: ChartFigureProps) {
  const figure = useRef<HTMLElement>(null)
  const [error, setError] = useState<string | undefined>()

  async function savePng() {
    if (!figure.current) return
    try {
      const blob = await toBlob(figure.current, {
        backgroundColor: pageBackground(),
        pixelRatio: 2,
        filter: (node) => !(node instanceof HTMLButtonElement),
      })
      if (!blob) throw new Error('the browser made no image')
      downloadBlob(`${fileName}.png`, blob)
      setError(undefined)
    } catch (e) {
      setError(`PNG export failed: ${String(e)}`)
    }
  }

  return (
    <figure ref={figure} data-testid={testId} className="flex w-full flex-col">
      <figcaption className="mb-1 flex flex-wrap items-center gap-3 text-sm font-medium">
        <span className="min-w-64 flex-1">{caption}</span>
        {controls}
        <button
          type="button"
          className="text-xs font-normal underline"
          onClick={() => void savePng()}
          aria-label={`Save ${fileName} chart as PNG`}
        >
          PNG
        </button>
      </figcaption>
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      {/* The plot's text colour: its axis labels and grid are drawn in it (chart-colors.ts, TICK). */}
      <div className={`${heightClass} w-full text-slate-600 dark:text-slate-400`}>{children}</div>
    </figure>
  )
}

/** The "Log axes" switch of the charts that can draw either way. */
export function LogAxesToggle({ log, onChange }: { log: boolean; onChange: (log: boolean) => void }) {
  return (
    <label className="flex items-center gap-1 text-xs font-normal">
      <input type="checkbox" checked={log} onChange={(event) => onChange(event.target.checked)} />
      Log axes
    </label>
  )
}

/**
 * The page's background, under the chart in its PNG: the figure's text keeps the theme's colours,
 * so a dark page's chart on white lost its light caption and labels.
 */
function pageBackground(): string {
  const colour = getComputedStyle(document.body).backgroundColor
  return colour === '' || colour === 'transparent' || colour === 'rgba(0, 0, 0, 0)' ? '#ffffff' : colour
}

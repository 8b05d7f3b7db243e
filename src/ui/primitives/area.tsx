import { lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { moduleUrlToRetry } from './module-retry.ts'
import { WARNING_BOX } from './warning-box.ts'

interface AreaProps {
  /** What the area shows, for its message: "The monthly cost chart". */
  name: string
  /** Shown while the area's code loads. */
  loading?: ReactNode
  /** Called before the area is drawn again (to load its code again). */
  onRetry?: () => void
  /** Called once the area is drawn: its content, or the message that it failed. */
  onShown?: () => void
  children: ReactNode
}

/**
 * One part of the page that fails alone: a chunk that does not load (a flaky network, an ad
 * blocker) or a render that throws shows a small message with a retry, and everything else
 * keeps working.
 */
export function Area({ name, loading = null, onRetry, onShown, children }: AreaProps) {
  return (
    <ErrorBoundary
      onReset={onRetry}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <div role="alert" data-testid="area-error" className={WARNING_BOX}>
          {name} could not be shown ({error instanceof Error ? error.message : String(error)}).{' '}
          <button type="button" className="underline" onClick={resetErrorBoundary}>
            Try again
          </button>
          {onShown && <Shown run={onShown} />}
        </div>
      )}
    >
      <Suspense fallback={loading}>
        {children}
        {onShown && <Shown run={onShown} />}
      </Suspense>
    </ErrorBoundary>
  )
}

/** Runs `run` when committed (again if `run` changes): inside the boundary, once the content has loaded. */
function Shown({ run }: { run: () => void }) {
  useEffect(run, [run])
  return null
}

/**
 * React.lazy, loaded again on retry: a lazy component keeps its failed load for good, so after
 * a failure the next attempt needs a fresh one. Where the browser keeps the failed module too,
 * the retry imports its script at an address of its own (module-retry.ts).
 */
export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let attempts = 0
  let failed: unknown
  // The last load's failure, if it failed: a render that throws later is retried as it was loaded.
  const noted = (loading: Promise<{ default: ComponentType<P> }>) =>
    loading.then(
      (loaded) => {
        failed = undefined
        return loaded
      },
      (error: unknown) => {
        failed = error
        throw error
      },
    )
  let Loaded = lazy(() => noted(load()))
  function Lazy(props: P) {
    return <Loaded {...props} />
  }
  return Object.assign(Lazy, {
    retry: () => {
      const again = moduleUrlToRetry(failed, location.origin, ++attempts)
      Loaded = lazy(() =>
        noted(
          again === undefined
            ? load()
            : import(/* @vite-ignore */ again).then((module: { default?: ComponentType<P> }) => {
                // A chunk whose exports the bundler renamed has no default: the first error stands.
                if (module.default === undefined) throw failed
                return { default: module.default }
              }),
        ),
      )
    },
    /** Starts loading the code now (a failure is left to the render, which reports it). */
    preload: () => {
      load().catch(() => {})
    },
  })
}

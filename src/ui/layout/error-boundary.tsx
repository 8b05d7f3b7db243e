import { Component, type ReactNode } from 'react'

/** The last line of "never a blank page": a render error becomes a message and a way out. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <div role="alert" className="m-4 rounded border border-red-300 bg-red-50 p-4 text-red-900">
        <p className="font-semibold">Something went wrong on this page.</p>
        <pre className="mt-2 whitespace-pre-wrap text-xs">{this.state.error.message}</pre>
        <a className="mt-2 inline-block underline" href={window.location.pathname}>
          Start again with defaults
        </a>
      </div>
    )
  }
}

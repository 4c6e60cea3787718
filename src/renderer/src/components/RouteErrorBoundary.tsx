import { Component, type ReactNode } from 'react'

interface State {
  error: Error | null
}

/**
 * A page that throws while rendering shows what went wrong and a way back, never a blank
 * window; the rest of the app (navigation, timers) keeps working.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown): void {
    console.error('A page failed to render', error)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div className="page">
        <div className="banner banner--error" role="alert">
          <strong>This page could not be shown.</strong>
          <p>
            Your journal is safe: nothing was changed. The problem was: {error.message || 'unknown'}
          </p>
          <p>
            <a href="#/today">Go back to Today</a>, or choose another page on the left.
          </p>
        </div>
      </div>
    )
  }
}

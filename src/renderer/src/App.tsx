import { Suspense, useEffect, useState } from 'react'
import { Notices } from '@renderer/components/Notices'
import { RouteErrorBoundary } from '@renderer/components/RouteErrorBoundary'
import { preloadScreens, ROUTES } from '@renderer/routes/routes'

function routeFromHash(): string {
  const id = window.location.hash.replace(/^#\/?/, '')
  return ROUTES.some((r) => r.id === id) ? id : 'today'
}

/** The window: a skip link, the navigation, and the screen the hash names. */
export function App() {
  const [current, setCurrent] = useState(routeFromHash)
  useEffect(() => {
    const onHash = () => setCurrent(routeFromHash())
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  useEffect(() => {
    // A screen that fails to load here still loads (and says why) when it is opened.
    const idle = requestIdleCallback(() => void preloadScreens().catch(() => undefined))
    return () => cancelIdleCallback(idle)
  }, [])
  const route = ROUTES.find((r) => r.id === current) ?? ROUTES[0]
  const Screen = route?.Screen
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        Skip to content
      </a>
      <nav className="nav" aria-label="Main">
        <p className="nav__brand">Unknot</p>
        <ul>
          {ROUTES.map((r) => (
            <li key={r.id}>
              <a href={`#/${r.id}`} aria-current={r.id === current ? 'page' : undefined}>
                {r.label}
              </a>
            </li>
          ))}
        </ul>
        <p className="nav__privacy">Your journal stays on this computer.</p>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <Notices />
        <RouteErrorBoundary key={current}>
          <Suspense fallback={<p role="status">Loading…</p>}>{Screen ? <Screen /> : null}</Suspense>
        </RouteErrorBoundary>
      </main>
    </div>
  )
}

import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { RouteErrorBoundary } from './components/RouteErrorBoundary'
import { JournalPage } from './pages/JournalPage'
import { SettingsPage } from './pages/SettingsPage'
import { TodayPage } from './pages/TodayPage'
import { TreatmentsPage } from './pages/TreatmentsPage'

// The chart pages carry recharts; load them when first opened so Today starts fast.
const EpisodesPage = lazy(async () => ({
  default: (await import('./pages/EpisodesPage')).EpisodesPage,
}))
const TrendsPage = lazy(async () => ({ default: (await import('./pages/TrendsPage')).TrendsPage }))
const ReportPage = lazy(async () => ({ default: (await import('./pages/ReportPage')).ReportPage }))

interface Route {
  id: string
  label: string
  render: () => ReactNode
}

const ROUTES: readonly Route[] = [
  { id: 'today', label: 'Today', render: () => <TodayPage /> },
  { id: 'journal', label: 'Journal', render: () => <JournalPage /> },
  {
    id: 'episodes',
    label: 'Episodes',
    render: () => <EpisodesPage />,
  },
  {
    id: 'treatments',
    label: 'Treatments',
    render: () => <TreatmentsPage />,
  },
  {
    id: 'trends',
    label: 'Trends',
    render: () => <TrendsPage />,
  },
  {
    id: 'report',
    label: 'Report',
    render: () => <ReportPage />,
  },
  { id: 'settings', label: 'Settings', render: () => <SettingsPage /> },
]

function routeFromHash(): string {
  const id = window.location.hash.replace(/^#\/?/, '')
  return ROUTES.some((r) => r.id === id) ? id : 'today'
}

export function App() {
  const [current, setCurrent] = useState(routeFromHash)
  useEffect(() => {
    const onHash = () => setCurrent(routeFromHash())
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  const route = ROUTES.find((r) => r.id === current) ?? ROUTES[0]
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
        <RouteErrorBoundary key={current}>
          <Suspense fallback={<p role="status">Loading…</p>}>{route?.render()}</Suspense>
        </RouteErrorBoundary>
      </main>
    </div>
  )
}

import { Suspense, useEffect, useState } from 'react'
import { Notices } from '@renderer/components/Notices'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { ReadOnlyNotice } from '@renderer/components/ReadOnlyNotice'
import { ShellNotice } from '@renderer/components/ShellNotice'
import { RouteErrorBoundary } from '@renderer/components/RouteErrorBoundary'
import { RecoveryPage } from '@renderer/features/recovery/RecoveryPage'
import { useChannel } from '@renderer/lib/channels'
import { JournalStatusProvider } from '@renderer/lib/journal-status'
import { useAppNavigation } from '@renderer/lib/navigation'
import { preloadScreens, ROUTES } from '@renderer/routes/routes'

function routeFromHash(): string {
  const id = window.location.hash.replace(/^#\/?/, '')
  return ROUTES.some((r) => r.id === id) ? id : 'today'
}

/**
 * The window: the journal's state first. A journal that cannot be opened gets the recovery
 * screen; an open one gets the app, told whether it is read-only.
 */
export function App() {
  const status = useChannel('journal:status')
  const [recovered, setRecovered] = useState<string | null>(null)
  if (status.isPending) return <p role="status">Opening your journal…</p>
  if (status.isError) {
    return <ErrorBanner title="Unknot could not ask for its journal." error={status.error} />
  }
  if (status.data.state === 'unavailable') {
    return <RecoveryPage status={status.data} onRecovered={setRecovered} />
  }
  return (
    <JournalStatusProvider status={status.data}>
      <Shell notice={recovered} onDismissNotice={() => setRecovered(null)} />
    </JournalStatusProvider>
  )
}

/** The skip link, the navigation, and the screen the hash names. */
function Shell({
  notice,
  onDismissNotice,
}: {
  notice: string | null
  onDismissNotice: () => void
}) {
  const [current, setCurrent] = useState(routeFromHash)
  useAppNavigation()
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
          {ROUTES.filter((r) => !r.hidden).map((r) => (
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
        <ReadOnlyNotice />
        {notice ? <ShellNotice message={notice} onDismiss={onDismissNotice} /> : null}
        <Notices />
        <RouteErrorBoundary key={current}>
          <Suspense fallback={<p role="status">Loading…</p>}>{Screen ? <Screen /> : null}</Suspense>
        </RouteErrorBoundary>
      </main>
    </div>
  )
}

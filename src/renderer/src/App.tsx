import { useQueryClient } from '@tanstack/react-query'
import { Suspense, useEffect, useId, useState } from 'react'
import { Notices } from '@renderer/components/Notices'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { ReadOnlyNotice } from '@renderer/components/ReadOnlyNotice'
import { ShellNotice } from '@renderer/components/ShellNotice'
import { RouteErrorBoundary } from '@renderer/components/RouteErrorBoundary'
import { JournalRepairPage } from '@renderer/features/journal-repair/JournalRepairPage'
import { useChannel } from '@renderer/lib/channels'
import { JournalStatusProvider } from '@renderer/lib/journal-status'
import { applyUnitSettings } from '@renderer/lib/locale'
import { useAppNavigation, useSpasmNowShortcut } from '@renderer/lib/navigation'
import { preloadScreens, routeFromHash, ROUTES } from '@renderer/routes/routes'

/**
 * The main navigation: a sidebar on wide windows; below about 900 px (a narrow window, or a wide
 * one zoomed in) a Menu button that opens the same list above the screen (WCAG 1.4.10 reflow).
 */
function MainNav({ current }: { current: string }) {
  const listId = useId()
  const [open, setOpen] = useState(false)
  return (
    <nav
      className={open ? 'nav nav--open' : 'nav'}
      aria-label="Main"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return
        setOpen(false)
        e.currentTarget.querySelector<HTMLButtonElement>('.nav__menu')?.focus()
      }}
    >
      <div className="nav__bar">
        <p className="nav__brand">Unknot</p>
        <button
          type="button"
          className="button nav__menu"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true" className="nav__menu-icon">
            ☰
          </span>
          Menu
        </button>
      </div>
      <ul id={listId} className="nav__list">
        {ROUTES.filter((r) => !r.hidden).map((r) => (
          <li key={r.id}>
            <a
              href={`#/${r.id}`}
              aria-current={r.id === current ? 'page' : undefined}
              onClick={() => setOpen(false)}
            >
              {r.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="nav__privacy">Your journal stays on this computer.</p>
    </nav>
  )
}

/**
 * The window: the journal's state first. A journal that cannot be opened gets the journal repair
 * screen; an open one gets the app, told whether it is read-only.
 */
export function App() {
  const status = useChannel('journal:status')
  const [repaired, setRepaired] = useState<string | null>(null)
  if (status.isPending) return <p role="status">Opening your journal…</p>
  if (status.isError) {
    return <ErrorBanner title="Unknot could not ask for its journal." error={status.error} />
  }
  if (status.data.state === 'unavailable') {
    return <JournalRepairPage status={status.data} onRepaired={setRepaired} />
  }
  return (
    <JournalStatusProvider status={status.data}>
      <Shell notice={repaired} onDismissNotice={() => setRepaired(null)} />
    </JournalStatusProvider>
  )
}

/**
 * Fetches the other screens' code once the first screen has its answers and the window is idle:
 * fetched and parsed any earlier, the chart code competes with the screen a person opened the
 * app to (see docs/performance.md).
 */
function usePreloadWhenSettled() {
  const client = useQueryClient()
  useEffect(() => {
    const cache = client.getQueryCache()
    let idle: number | null = null
    let stop = () => {}
    const whenSettled = () => {
      if (idle !== null || client.isFetching() > 0) return
      idle = requestIdleCallback(() => {
        idle = null
        // A screen's answer led to another question: wait for that one too.
        if (client.isFetching() > 0) return
        stop()
        // A screen that fails to load here still loads (and says why) when it is opened.
        void preloadScreens().catch(() => undefined)
      })
    }
    stop = cache.subscribe(whenSettled)
    whenSettled()
    return () => {
      stop()
      if (idle !== null) cancelIdleCallback(idle)
    }
  }, [client])
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
  useSpasmNowShortcut()
  useEffect(() => {
    const onHash = () => {
      setCurrent(routeFromHash())
      // Chosen from the navigation: continue on the new screen, not on a link that may be gone.
      if (document.activeElement?.closest('.nav')) document.getElementById('main')?.focus()
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  usePreloadWhenSettled()
  // Settings saved or restored: the screens below render with the unit now chosen.
  const settings = useChannel('settings:get')
  if (settings.data) applyUnitSettings(settings.data)
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
      <MainNav current={current} />
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

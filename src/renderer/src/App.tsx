import { Suspense, useEffect, useId, useState } from 'react'
import { Notices } from '@renderer/components/Notices'
import { RouteErrorBoundary } from '@renderer/components/RouteErrorBoundary'
import { useChannel } from '@renderer/lib/channels'
import { applyUnitSettings } from '@renderer/lib/locale'
import { ROUTES } from '@renderer/routes/routes'

function routeFromHash(): string {
  const id = window.location.hash.replace(/^#\/?/, '')
  return ROUTES.some((r) => r.id === id) ? id : 'today'
}

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
        {ROUTES.map((r) => (
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

/** The window: a skip link, the navigation, and the screen the hash names. */
export function App() {
  const [current, setCurrent] = useState(routeFromHash)
  useEffect(() => {
    const onHash = () => {
      setCurrent(routeFromHash())
      // Chosen from the navigation: continue on the new screen, not on a link that may be gone.
      if (document.activeElement?.closest('.nav')) document.getElementById('main')?.focus()
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
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
        <Notices />
        <RouteErrorBoundary key={current}>
          <Suspense fallback={<p role="status">Loading…</p>}>{Screen ? <Screen /> : null}</Suspense>
        </RouteErrorBoundary>
      </main>
    </div>
  )
}

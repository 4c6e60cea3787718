import { useQueryClient } from '@tanstack/react-query'
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useReducer,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { systemClock, type Clock } from '../../../shared/timers/clock'
import { GuidedTimer, type TimerView } from '../../../shared/timers/guided-timer'
import type { Protocol } from '../../../shared/timers/protocols'
import { journal, unwrap } from '../api/client'

interface TimerContextValue {
  timer: GuidedTimer | null
  view: TimerView | null
  /** Starts a guided session (one at a time); pain before is asked first by the caller. */
  start: (protocol: Protocol, painBefore: number) => void
  /** Forgets a logged or cancelled session so a new one can start. */
  dismiss: () => void
}

const TimerContext = createContext<TimerContextValue | null>(null)

export function useGuidedTimer(): TimerContextValue {
  const value = useContext(TimerContext)
  if (!value) throw new Error('useGuidedTimer needs a TimerProvider around the app.')
  return value
}

/** How often the countdown on screen is redrawn; phase changes do not wait for it. */
const DISPLAY_TICK_MS = 250

export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000)
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  return `${minutes}:${String(seconds).padStart(2, '0')}`
}

/**
 * Holds the guided timer above the router, so it keeps running while the person moves between
 * pages, and shows a small dock with its state and a live region for phase changes on every page.
 */
export function TimerProvider({
  children,
  clock = systemClock,
}: {
  children: ReactNode
  clock?: Clock
}) {
  const client = useQueryClient()
  const [timer, setTimer] = useState<GuidedTimer | null>(null)
  const [, redraw] = useReducer((n: number) => n + 1, 0)

  useEffect(() => {
    if (!timer) return
    const unsubscribe = timer.subscribe(redraw)
    const interval = setInterval(() => {
      const status = timer.view().status
      if (status === 'running') {
        timer.tick()
        redraw()
      }
    }, DISPLAY_TICK_MS)
    return () => {
      unsubscribe()
      clearInterval(interval)
    }
  }, [timer])

  // The live timer, for callbacks; side effects stay out of state updaters (StrictMode runs
  // those twice, which would start a second, orphaned timer).
  const current = useRef<GuidedTimer | null>(null)

  const start = useCallback(
    (protocol: Protocol, painBefore: number) => {
      // Starting over while one is running is the same as cancelling it: nothing is logged.
      current.current?.cancel()
      const next = new GuidedTimer(protocol, painBefore, {
        clock,
        log: async (entry) => {
          const saved = await unwrap(journal().treatments.save(entry))
          // Not awaited: a failed refresh must not make a saved session look unsaved (and be
          // logged twice on retry).
          void client.invalidateQueries()
          return saved
        },
        notify: (message) => {
          // A notification that cannot be shown must never stop the timer.
          journal()
            .notify.show(message)
            .catch(() => undefined)
        },
      })
      current.current = next
      setTimer(next)
    },
    [client, clock],
  )

  const dismiss = useCallback(() => {
    current.current?.cancel()
    current.current = null
    setTimer(null)
  }, [])

  // A fresh view every render: the countdown changes with time, not only with events.
  const view = timer ? timer.view() : null
  const value: TimerContextValue = { timer, view, start, dismiss }
  return (
    <TimerContext.Provider value={value}>
      {children}
      <TimerDock view={view} onDismiss={dismiss} />
    </TimerContext.Provider>
  )
}

/** Visible on every page while a session exists; its live region speaks each phase change. */
function TimerDock({ view, onDismiss }: { view: TimerView | null; onDismiss: () => void }) {
  const cue = view?.cue
  const done = view?.status === 'logged' || view?.status === 'cancelled'
  return (
    // Always in the page (clipped when idle) so its live region exists before the first cue.
    <aside
      className={view ? 'timer-dock' : 'timer-dock timer-dock--idle'}
      aria-label="Guided timer"
    >
      {view ? (
        <div key={cue?.id ?? 0} className="timer-dock__body timer-dock__body--flash">
          <p className="timer-dock__title">
            {view.title}
            {view.status === 'running' || view.status === 'paused' ? (
              <>
                {' · '}
                {view.phase.title}
                {' · '}
                <span className="timer-dock__time">{formatClock(view.phaseRemainingMs)}</span>
                {view.status === 'paused' ? ' (paused)' : ''}
              </>
            ) : null}
          </p>
          <div className="timer-dock__actions">
            {done ? (
              <button type="button" className="button button--small" onClick={onDismiss}>
                Close
              </button>
            ) : (
              <a className="button button--small" href="#/treatments">
                {view.status === 'finished' ? 'Rate your pain' : 'Open timer'}
              </a>
            )}
          </div>
        </div>
      ) : null}
      {/* Outside the keyed body so it persists and announces each new cue. */}
      <p className="timer-dock__cue" role="status" aria-live="polite">
        {cue?.text ?? ''}
      </p>
    </aside>
  )
}

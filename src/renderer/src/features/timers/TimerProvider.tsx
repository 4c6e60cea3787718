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
import { callChannel } from '@renderer/lib/bridge'
import { refreshAfter } from '@renderer/lib/channels'
import { systemClock, type Clock } from './model/clock'
import { GuidedTimer, type TimerView } from './model/guided-timer'
import { NextRound } from './model/next-round'
import type { Protocol } from './model/protocols'
import { TimerDock } from './TimerDock'
import './timers.css'

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

/** A logged or cancelled session stays on screen this long, then gets out of the way. */
export const AUTO_CLOSE_MS = 6000

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
  // The next round of ice, offered once a session's ice came off; it outlives the session.
  const [round, setRound] = useState<{ of: GuidedTimer; round: NextRound } | null>(null)
  // The same, for callbacks and effects (set with the state, never during render).
  const roundRef = useRef<typeof round>(null)

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

  const notify = useCallback((message: { title: string; body: string }) => {
    // A notification that cannot be shown must never stop the timer.
    callChannel('notify:show', message).catch(() => undefined)
  }, [])

  const dropRound = useCallback(() => {
    roundRef.current?.round.dispose()
    roundRef.current = null
    setRound(null)
  }, [])

  const start = useCallback(
    (protocol: Protocol, painBefore: number) => {
      // Starting over while one is running is the same as cancelling it: nothing is logged.
      current.current?.cancel()
      // A new round of ice is the round that was offered.
      if (protocol.kind === 'ice') dropRound()
      const next = new GuidedTimer(protocol, painBefore, {
        clock,
        log: async (entry) => {
          const saved = await callChannel('treatments:save', entry)
          // Not awaited: a failed refresh must not make a saved session look unsaved (and be
          // logged twice on retry).
          void refreshAfter(client, 'treatments:save')
          return saved
        },
        notify,
      })
      current.current = next
      setTimer(next)
    },
    [client, clock, notify, dropRound],
  )

  const dismiss = useCallback(() => {
    current.current?.cancel()
    current.current = null
    setTimer(null)
  }, [])

  // A fresh view every render: the countdown changes with time, not only with events.
  const view = timer ? timer.view() : null
  const status = view?.status
  useEffect(() => {
    if (status !== 'logged' && status !== 'cancelled') return
    const handle = clock.setTimeout(dismiss, AUTO_CLOSE_MS)
    return () => clock.clearTimeout(handle)
  }, [status, clock, dismiss])
  const iceEndedAt = view?.kind === 'ice' && status !== 'cancelled' ? view.endedAtMs : null
  useEffect(() => {
    if (!timer || iceEndedAt === null || roundRef.current?.of === timer) return
    roundRef.current?.round.dispose()
    const next = { of: timer, round: new NextRound(iceEndedAt, { clock, notify }) }
    roundRef.current = next
    setRound(next)
  }, [timer, iceEndedAt, clock, notify])
  const offer = round?.round
  useEffect(() => offer?.subscribe(redraw), [offer])
  const roundView = offer?.view() ?? null
  const value: TimerContextValue = { timer, view, start, dismiss }
  return (
    <TimerContext.Provider value={value}>
      {children}
      <TimerDock
        view={view}
        onDismiss={dismiss}
        round={
          roundView && roundView.status !== 'passed' && offer
            ? {
                view: roundView,
                remind: () => offer.remind(),
                forget: () => offer.forget(),
                close: dropRound,
              }
            : null
        }
      />
    </TimerContext.Provider>
  )
}

import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect, useSyncExternalStore } from 'react'
import type { EventPayload } from '@shared/contract/events'
import { callChannel, onAppEvent } from './bridge'
import { channelRead, fetchRead } from './channels'

/** What a reminder or the tray asked the window to show: a screen and what to focus on it. */
export type Navigation = EventPayload<'app:navigate'>

/** A focus request waiting for its screen: `id` tells two requests for the same thing apart. */
export interface FocusRequest {
  focus: string
  id: number
}

let request: FocusRequest | null = null
let nextId = 1
const subscribers = new Set<() => void>()

function publish(next: FocusRequest | null): void {
  request = next
  for (const notify of subscribers) notify()
}

function subscribe(notify: () => void): () => void {
  subscribers.add(notify)
  return () => subscribers.delete(notify)
}

/** Opens a screen (the hash route) and leaves its focus request for the screen to take. */
export function navigate({ route, focus }: Navigation): void {
  if (window.location.hash !== `#/${route}`) window.location.hash = `#/${route}`
  publish(focus ? { focus, id: nextId++ } : null)
}

/** The pending focus request, for the screen that can honour it. */
export function useFocusRequest(): FocusRequest | null {
  return useSyncExternalStore(subscribe, () => request)
}

/** The screen did what was asked (or cannot); later renders do not repeat it. */
export function focusDone(done: FocusRequest): void {
  if (request?.id === done.id) publish(null)
}

let started = false

const onToday = () => ['', '#', '#/', '#/today'].includes(window.location.hash)

/**
 * At the window's start: the screen a reminder or the tray opened it for; else the welcome on a
 * new journal; else, on Today, the check-in that is due (focused, so typing answers it). Whether
 * it is a new journal comes from the cache (Today prefetches it for its PEG line).
 */
async function startScreen(client: QueryClient): Promise<void> {
  const [pending, firstRun] = await Promise.all([
    callChannel('app:pendingNavigation', undefined),
    fetchRead(client, channelRead('app:firstRun')),
  ])
  if (pending) navigate(pending)
  else if (firstRun.showWelcome) navigate({ route: 'welcome' })
  else if (onToday()) navigate({ route: 'today', focus: 'due' })
}

/**
 * Follows main's `app:navigate` (a reminder clicked, the tray menu), and at start asks whether the
 * window was opened for one: a window opened from the tray starts before it can hear events.
 * Asked from the shell's effect, after the notices below it listen: main says the notices that
 * waited for the window once it asks (docs/reminders.md).
 */
export function useAppNavigation(): void {
  const client = useQueryClient()
  useEffect(() => {
    const stop = onAppEvent('app:navigate', navigate)
    if (!started) {
      started = true
      // Nothing learned: the window opens on the screen its address names, as it would anyway.
      startScreen(client).catch(() => undefined)
    }
    return stop
  }, [client])
}

/** Ctrl+Shift+S (⌘⇧S on a Mac): "Spasm now" from any screen, as the tray's entry does. */
export function useSpasmNowShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return
      if (event.key.toLowerCase() !== 's') return
      event.preventDefault()
      navigate({ route: 'today', focus: 'spasm-now' })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}

import type { NotificationConstructorOptions } from 'electron'
import { sendEvent, type EventTarget } from '../ipc/events'
import type { DesktopNotification } from './services'

/** What this module uses of a notification. */
interface Shown {
  on(event: 'failed', listener: (event: unknown, reason: string) => void): unknown
  show(): void
}

/** Electron's Notification class, or a stand-in with the same shape in tests. */
export interface NotificationClass<N extends Shown = Shown> {
  isSupported(): boolean
  new (options: NotificationConstructorOptions): N
}

/** Called with the words that could not be shown and the system's reason. */
export type NotificationFailed = (notification: DesktopNotification, reason: string) => void

// Electron's notifications emit nothing once garbage-collected: keep the latest few alive so
// their 'failed' (and a caller's 'click') still arrive.
const KEEP_ALIVE = 16
const alive: Shown[] = []

/**
 * Shows a desktop notification, or hands it to `onFailed` when the system cannot show it: no
 * notification support, no notification daemon on Linux, an unsigned macOS build. A reminder or
 * a timer phase is then never lost silently.
 * @returns the notification, for callers that listen to 'click'; undefined when unsupported.
 */
export function showNotification<N extends Shown>(
  NotificationImpl: NotificationClass<N>,
  notification: DesktopNotification,
  onFailed: NotificationFailed,
  /** More of Electron's options, e.g. a reminder's "Remind me in 30 minutes" action. */
  extra: Omit<NotificationConstructorOptions, 'title' | 'body'> = {},
): N | undefined {
  if (!NotificationImpl.isSupported()) {
    onFailed(notification, 'desktop notifications are not supported on this system')
    return undefined
  }
  const shown = new NotificationImpl({ silent: false, ...extra, ...notification })
  shown.on('failed', (_event, reason) => onFailed(notification, reason))
  alive.push(shown)
  if (alive.length > KEEP_ALIVE) alive.shift()
  shown.show()
  return shown
}

/** The window a notice goes to: it may be closed, hidden or minimised. */
export interface NoticeWindow {
  webContents: EventTarget
  isDestroyed(): boolean
  isFocused(): boolean
  flashFrame(flag: boolean): void
}

/**
 * The fallback for a notification the system could not show: the same words as an `app:notice`
 * event in the window, whose taskbar entry flashes when the window is not in front.
 */
export function noticeInWindow(getWindow: () => NoticeWindow | undefined): NotificationFailed {
  return (notification, reason) => {
    const window = getWindow()
    if (!window || window.isDestroyed()) {
      console.warn(`Unknot: a notification could not be shown (${reason}): ${notification.title}`)
      return
    }
    sendEvent(window.webContents, 'app:notice', notification)
    if (!window.isFocused()) window.flashFrame(true)
  }
}

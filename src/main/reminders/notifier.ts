import { Notification } from 'electron'
import { showNotification, type NotificationFailed } from '../services/notify'

export interface NotifyOptions {
  title: string
  body: string
  onClick?: () => void
  /** One button (where the system shows them), e.g. "Remind me in 30 minutes". */
  action?: { label: string; run: () => void }
}

export interface Notifier {
  show(options: NotifyOptions): void
  closeAll(): void
}

/**
 * Reminders and the tray notice as desktop notifications, with a click and an action, through
 * the app's notification helper: where the system cannot show one, `onFailed` has the window say
 * it instead (`app:notice`).
 */
export function createNotifier(onFailed: NotificationFailed): Notifier {
  // Kept until clicked or closed: Electron drops the handlers of a collected notification.
  const live = new Set<Notification>()
  return {
    show({ title, body, onClick, action }) {
      const shown = showNotification(
        Notification,
        { title, body },
        onFailed,
        action ? { actions: [{ type: 'button', text: action.label }] } : {},
      )
      if (!shown) return
      live.add(shown)
      const done = () => live.delete(shown)
      shown.on('click', () => {
        done()
        onClick?.()
      })
      shown.on('action', () => {
        done()
        action?.run()
      })
      shown.on('close', done)
    },
    closeAll() {
      for (const notification of live) notification.close()
      live.clear()
    },
  }
}

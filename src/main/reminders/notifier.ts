import { Notification, type BrowserWindow } from 'electron'
import { sendEvent } from '../ipc/events'

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
 * Desktop notifications for reminders and the tray notice, with a click and an action. Where the
 * system has no notification service, or one fails to show, the window says it instead
 * (`app:notice`). This is the one place to swap for a shared notification helper.
 */
export function createNotifier(getWindow: () => BrowserWindow | undefined): Notifier {
  // Electron drops a notification's handlers once the object is garbage collected.
  const live = new Set<Notification>()

  function inWindow({ title, body }: NotifyOptions): void {
    const window = getWindow()
    if (window && !window.isDestroyed())
      sendEvent(window.webContents, 'app:notice', { title, body })
  }

  return {
    show(options) {
      if (!Notification.isSupported()) {
        inWindow(options)
        return
      }
      const { title, body, onClick, action } = options
      const notification = new Notification({
        title,
        body,
        silent: false,
        ...(action ? { actions: [{ type: 'button' as const, text: action.label }] } : {}),
      })
      live.add(notification)
      const done = () => live.delete(notification)
      notification.on('click', () => {
        done()
        onClick?.()
      })
      notification.on('action', () => {
        done()
        action?.run()
      })
      notification.on('close', done)
      notification.on('failed', () => {
        done()
        inWindow(options)
      })
      notification.show()
    },
    closeAll() {
      for (const notification of live) notification.close()
      live.clear()
    },
  }
}

import { app, BrowserWindow, dialog, Notification } from 'electron'
import { noticeInWindow, showNotification } from './notify'
import { printOptions } from './print-options'
import type { Services } from './services'

/** The real services, bound to the app's one window (reminders come from reminders/desktop.ts). */
export function electronServices(
  getWindow: () => BrowserWindow | undefined,
): Omit<Services, 'desktop'> {
  const window = (): BrowserWindow => {
    const found = getWindow()
    if (!found || found.isDestroyed()) throw new Error('The Unknot window is not open.')
    return found
  }
  const onNotificationFailed = noticeInWindow(getWindow)
  return {
    notify(notification) {
      showNotification(Notification, notification, onNotificationFailed)
    },
    async chooseSavePath({ title, defaultName, filters }) {
      const result = await dialog.showSaveDialog(window(), {
        title,
        defaultPath: defaultName,
        filters,
        // Without it, Linux file choosers replace an existing file without asking.
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      })
      return result.canceled ? undefined : result.filePath
    },
    async chooseOpenPath({ title, filters }) {
      const result = await dialog.showOpenDialog(window(), {
        title,
        filters,
        properties: ['openFile'],
      })
      return result.canceled ? undefined : result.filePaths[0]
    },
    async printToPdf({ pageSize, ...templates }) {
      return window().webContents.printToPDF(printOptions(pageSize, templates))
    },
    quit() {
      app.quit()
    },
  }
}

import { BrowserWindow, dialog, Notification } from 'electron'
import type { Services } from './services'

/** The real services, bound to the app's one window (reminders come from reminders/habit.ts). */
export function electronServices(
  getWindow: () => BrowserWindow | undefined,
): Omit<Services, 'habit'> {
  const window = (): BrowserWindow => {
    const found = getWindow()
    if (!found || found.isDestroyed()) throw new Error('The Unknot window is not open.')
    return found
  }
  return {
    notify({ title, body }) {
      if (Notification.isSupported()) new Notification({ title, body, silent: false }).show()
    },
    async chooseSavePath({ title, defaultName, filters }) {
      const result = await dialog.showSaveDialog(window(), {
        title,
        defaultPath: defaultName,
        filters,
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
    async printToPdf({ pageSize }) {
      return window().webContents.printToPDF({ pageSize, printBackground: true })
    },
  }
}

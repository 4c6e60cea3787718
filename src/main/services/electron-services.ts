import { BrowserWindow, dialog, Notification } from 'electron'
import type { Services } from './services'

/** The real services, bound to the app's one window. */
export function electronServices(getWindow: () => BrowserWindow | undefined): Services {
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
    async printToPdf({ pageSize, headerTemplate, footerTemplate }) {
      const templates = footerTemplate !== undefined || headerTemplate !== undefined
      return window().webContents.printToPDF({
        pageSize,
        printBackground: true,
        ...(templates
          ? {
              displayHeaderFooter: true,
              // An empty template would bring back Chromium's default date-and-title header.
              headerTemplate: headerTemplate ?? '<span></span>',
              footerTemplate: footerTemplate ?? '<span></span>',
            }
          : {}),
      })
    },
  }
}

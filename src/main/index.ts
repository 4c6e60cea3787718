import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron'
import { join } from 'node:path'
import { JournalSession } from './journal/journal-session'
import { handlers } from './ipc/handlers'
import { registerIpc, senderFromOrigins } from './ipc/register'
import { dataFilePath, resolveDataDir } from './paths'
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, serveAppFile } from './protocol'
import { electronServices } from './services/electron-services'
import { createMainWindow, hardenWebContents } from './window'

const here = import.meta.dirname
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

/** Checkpoint the WAL (and take the daily snapshot when due) this often while running. */
const MAINTENANCE_EVERY_MS = 5 * 60 * 1000

let journal: JournalSession | undefined
let mainWindow: BrowserWindow | undefined

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preload: join(here, '../preload/index.cjs'),
    url: devServerUrl ?? APP_ENTRY_URL,
    icon: join(here, '../../resources/icon.png'),
  })
}

async function start(): Promise<void> {
  await app.whenReady()
  const dataFile = dataFilePath(resolveDataDir(process.argv, process.env, app.getPath('userData')))
  // A journal that cannot be opened still gets the window: it shows the recovery screen.
  const opened = new JournalSession({
    file: dataFile,
    now: () => new Date(),
    maintenanceEveryMs: MAINTENANCE_EVERY_MS,
  })
  journal = opened
  opened.open()

  protocol.handle(APP_SCHEME, (request) => serveAppFile(join(here, '../renderer'), request))
  // Nothing in this app needs the camera, microphone, location or notifications prompts.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)

  const origins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]
  registerIpc(
    ipcMain,
    handlers,
    {
      get db() {
        return opened.db
      },
      journal: opened,
      now: () => new Date(),
      app: { name: app.getName(), version: app.getVersion(), dataFile },
      services: electronServices(() => mainWindow),
    },
    senderFromOrigins(origins),
  )
  openMainWindow()
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('second-instance', () => {
    // The running instance owns the journal file; just bring it forward.
    const [window] = BrowserWindow.getAllWindows()
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })
  app.on('window-all-closed', () => app.quit())
  // Checkpoints and truncates the WAL: a cleanly closed journal leaves none behind.
  app.on('will-quit', () => journal?.close())
  start().catch((error: unknown) => {
    dialog.showErrorBox('Unknot could not start', String(error))
    app.quit()
  })
}

import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron'
import { APP_ID } from './app-identity'
import { openDatabase, type DB } from './db/database'
import { devServerUrl } from './dev-server'
import { handlers } from './ipc/handlers'
import { registerIpc, senderFromOrigins } from './ipc/register'
import { appPaths } from './packaged-paths'
import { dataFilePath, resolveDataDir } from './paths'
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, serveAppFile } from './protocol'
import { electronServices } from './services/electron-services'
import { lockDataFolder } from './single-instance'
import { createMainWindow, hardenWebContents } from './window'
import { bringToFront } from './window-show'

const paths = appPaths({
  isPackaged: app.isPackaged,
  mainDir: import.meta.dirname,
  resourcesPath: process.resourcesPath,
  platform: process.platform,
  arch: process.arch,
})
const devUrl = devServerUrl(app.isPackaged, process.env)
const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))

// Windows shows a toast only for an app whose id matches a Start-menu shortcut (the installer's).
if (process.platform === 'win32') app.setAppUserModelId(APP_ID)

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

let db: DB | undefined
let mainWindow: BrowserWindow | undefined

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preload: paths.preload,
    url: devUrl ?? APP_ENTRY_URL,
    icon: paths.icon,
    packaged: app.isPackaged,
  })
}

async function start(): Promise<void> {
  await app.whenReady()
  const dataFile = dataFilePath(dataDir)
  try {
    db = openDatabase(dataFile, { nativeBinding: paths.sqliteAddon })
  } catch (error) {
    dialog.showErrorBox('Unknot cannot open its journal', (error as Error).message)
    app.quit()
    return
  }

  protocol.handle(APP_SCHEME, (request) => serveAppFile(paths.renderer, request))
  // Nothing in this app needs the camera, microphone, location or notifications prompts.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)

  const origins = devUrl ? [APP_ORIGIN, new URL(devUrl).origin] : [APP_ORIGIN]
  registerIpc(
    ipcMain,
    handlers,
    {
      db,
      now: () => new Date(),
      app: { name: app.getName(), version: app.getVersion(), dataFile },
      services: electronServices(() => mainWindow),
    },
    senderFromOrigins(origins),
  )
  openMainWindow()
}

// One instance per journal folder: --data-dir scopes the lock.
if (!lockDataFolder(app, dataDir)) {
  app.quit()
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devUrl))
  app.on('second-instance', () => {
    // The running instance owns the journal file; just bring it forward.
    const [window] = BrowserWindow.getAllWindows()
    if (window) bringToFront(window)
  })
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => db?.close())
  start().catch((error: unknown) => {
    dialog.showErrorBox('Unknot could not start', String(error))
    app.quit()
  })
}

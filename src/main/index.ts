import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron'
import { join } from 'node:path'
import { openDatabase, type DB } from './db/database'
import { handlers } from './ipc/handlers'
import { registerIpc, senderFromOrigins } from './ipc/register'
import { dataFilePath, resolveDataDir } from './paths'
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, serveAppFile } from './protocol'
import { startHabit, type Habit } from './reminders/habit'
import { launchCommand, loginItemFor } from './reminders/login-item'
import { electronServices } from './services/electron-services'
import { createMainWindow, hardenWebContents } from './window'

const here = import.meta.dirname
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

let db: DB | undefined
let mainWindow: BrowserWindow | undefined
let habit: Habit | undefined
const iconPath = join(here, '../../resources/icon.png')

function openMainWindow(): BrowserWindow {
  const window = createMainWindow({
    preload: join(here, '../preload/index.cjs'),
    url: devServerUrl ?? APP_ENTRY_URL,
    icon: iconPath,
  })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined
  })
  mainWindow = window
  return window
}

/** Brings the window forward, opening it again when it was closed to the tray. */
function showMainWindow(): BrowserWindow {
  if (!mainWindow || mainWindow.isDestroyed()) return openMainWindow()
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
  return mainWindow
}

async function start(): Promise<void> {
  await app.whenReady()
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
  const dataFile = dataFilePath(dataDir)
  try {
    db = openDatabase(dataFile)
  } catch (error) {
    dialog.showErrorBox('Unknot cannot open its journal', (error as Error).message)
    app.quit()
    return
  }

  protocol.handle(APP_SCHEME, (request) => serveAppFile(join(here, '../renderer'), request))
  // Nothing in this app needs the camera, microphone, location or notifications prompts.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)

  habit = startHabit({
    db,
    platform: process.platform,
    iconPath,
    loginItem: loginItemFor({
      platform: process.platform,
      app,
      command: launchCommand({
        isPackaged: app.isPackaged,
        execPath: process.execPath,
        appPath: app.getAppPath(),
        env: process.env,
        dataDir: dataDir === app.getPath('userData') ? undefined : dataDir,
      }),
      env: process.env,
      homeDir: app.getPath('home'),
    }),
    showWindow: showMainWindow,
    getWindow: () => mainWindow,
  })

  const origins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]
  registerIpc(
    ipcMain,
    handlers,
    {
      db,
      now: () => new Date(),
      app: { name: app.getName(), version: app.getVersion(), dataFile },
      services: { ...electronServices(() => mainWindow), habit: habit.control },
    },
    senderFromOrigins(origins),
  )
  if (!habit.startsInTray(process.argv)) openMainWindow()
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
    } else if (habit) {
      showMainWindow() // it was closed to the tray
    }
  })
  // macOS: a click on the Dock icon with no window open.
  app.on('activate', () => {
    if (habit && BrowserWindow.getAllWindows().length === 0) showMainWindow()
  })
  app.on('window-all-closed', () => {
    if (!habit?.keepRunningAfterLastWindow()) app.quit()
  })
  app.on('will-quit', () => {
    habit?.stop()
    db?.close()
  })
  start().catch((error: unknown) => {
    dialog.showErrorBox('Unknot could not start', String(error))
    app.quit()
  })
}

import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron'
import { existsSync } from 'node:fs'
import { APP_ID } from './app-identity'
import { setSqliteAddon } from './db/sqlite'
import { devServerUrl } from './dev-server'
import { handlers } from './ipc/handlers'
import { registerIpc, senderFromOrigins } from './ipc/register'
import { JournalSession } from './journal/journal-session'
import { appPaths } from './packaged-paths'
import { dataFilePath, resolveDataDir } from './paths'
import { applyDisplaySettings } from './settings/display-settings'
import { adoptSystemLocale } from './system-locale'
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, serveAppFile } from './protocol'
import { startHabit, type Habit } from './reminders/habit'
import { launchCommand, loginItemFor } from './reminders/login-item'
import { electronServices } from './services/electron-services'
import { lockDataFolder } from './single-instance'
import { createMainWindow, hardenWebContents } from './window'
import { bringToFront } from './window-show'
import type { HandlerContext } from './ipc/handler'

const paths = appPaths({
  isPackaged: app.isPackaged,
  mainDir: import.meta.dirname,
  resourcesPath: process.resourcesPath,
  platform: process.platform,
  arch: process.arch,
})
const devUrl = devServerUrl(app.isPackaged, process.env)
const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
// A folder chosen with --data-dir or UNKNOT_DATA_DIR, which a start at log-in must open too
// (asked before the single-instance lock moves Electron's user-data folder there).
const chosenDataDir = dataDir === app.getPath('userData') ? undefined : dataDir
setSqliteAddon(paths.sqliteAddon)

// Windows shows a toast only for an app whose id matches a Start-menu shortcut (the installer's).
if (process.platform === 'win32') app.setAppUserModelId(APP_ID)

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

/** Checkpoint the WAL (and take the daily snapshot when due) this often while running. */
const MAINTENANCE_EVERY_MS = 5 * 60 * 1000

let journal: JournalSession | undefined
let mainWindow: BrowserWindow | undefined
let habit: Habit | undefined

function openMainWindow(): BrowserWindow {
  const window = createMainWindow({
    preload: paths.preload,
    url: devUrl ?? APP_ENTRY_URL,
    icon: paths.icon,
    packaged: app.isPackaged,
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
  bringToFront(mainWindow)
  return mainWindow
}

async function start(): Promise<void> {
  await app.whenReady()
  if (paths.sqliteAddon && !existsSync(paths.sqliteAddon)) {
    // A broken install, not a broken journal: the journal repair screen could not help.
    dialog.showErrorBox(
      'Unknot is not installed completely',
      `Its SQLite library is missing (${paths.sqliteAddon}). Reinstall Unknot; your journal ` +
        'was not touched.',
    )
    app.quit()
    return
  }
  const dataFile = dataFilePath(dataDir)
  // A journal that cannot be opened still gets the window: it shows the journal repair screen.
  const opened = new JournalSession({
    file: dataFile,
    now: () => new Date(),
    maintenanceEveryMs: MAINTENANCE_EVERY_MS,
  })
  journal = opened
  opened.open()

  protocol.handle(APP_SCHEME, (request) => serveAppFile(paths.renderer, request))
  // Nothing in this app needs the camera, microphone, location or notifications prompts.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)

  habit = startHabit({
    db: () => opened.db,
    platform: process.platform,
    iconPath: paths.icon,
    loginItem: loginItemFor({
      platform: process.platform,
      app,
      command: launchCommand({
        isPackaged: app.isPackaged,
        execPath: process.execPath,
        appPath: app.getAppPath(),
        env: process.env,
        dataDir: chosenDataDir,
      }),
      env: process.env,
      homeDir: app.getPath('home'),
    }),
    showWindow: showMainWindow,
    getWindow: () => mainWindow,
  })

  const origins = devUrl ? [APP_ORIGIN, new URL(devUrl).origin] : [APP_ORIGIN]
  const ctx: HandlerContext = {
    get db() {
      return opened.db
    },
    journal: opened,
    now: () => new Date(),
    app: { name: app.getName(), version: app.getVersion(), dataFile, ...adoptSystemLocale(app) },
    services: { ...electronServices(() => mainWindow), habit: habit.control },
  }
  applyDisplaySettings(ctx, ctx.app.locale)
  registerIpc(ipcMain, handlers, ctx, senderFromOrigins(origins))
  if (!habit.startsInTray(process.argv)) openMainWindow()
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
    else if (habit) showMainWindow() // it was closed to the tray
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
    // Checkpoints and truncates the WAL: a cleanly closed journal leaves none behind.
    journal?.close()
  })
  start().catch((error: unknown) => {
    dialog.showErrorBox('Unknot could not start', String(error))
    app.quit()
  })
}

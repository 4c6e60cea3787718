import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { APP_ID } from './app-identity'
import { appMenuTemplate } from './app-menu'
import { setSqliteAddon } from './db/sqlite'
import { devServerUrl } from './dev-server'
import { handlers } from './ipc/handlers'
import { registerIpc, senderFromOrigins } from './ipc/register'
import { JournalSession } from './journal/journal-session'
import { networkFolderWarning } from './network-folder'
import { appPaths } from './packaged-paths'
import { dataFilePath, resolveDataDir } from './paths'
import { applyDisplaySettings } from './settings/display-settings'
import { adoptSystemLocale } from './system-locale'
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, serveAppFile } from './protocol'
import { startDesktop, type Desktop } from './reminders/desktop'
import { launchCommand, loginItemFor } from './reminders/login-item'
import { hasTrayHost } from './reminders/tray-host'
import { electronServices } from './services/electron-services'
import { lockDataFolder } from './single-instance'
import { createMainWindow, hardenWebContents } from './window'
import { initialBounds, readBounds, writeBounds } from './window-bounds'
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
// `npm run dev` and `npm start` keep their own journal, never the installed app's.
const defaultDataDir = app.isPackaged
  ? app.getPath('userData')
  : join(app.getPath('userData'), 'development')
const dataDir = resolveDataDir(process.argv, process.env, defaultDataDir)
// A folder chosen with --data-dir or UNKNOT_DATA_DIR, which a start at log-in must open too
// (asked before the single-instance lock moves Electron's user-data folder).
const chosenDataDir = dataDir === defaultDataDir ? undefined : dataDir
setSqliteAddon(paths.sqliteAddon)

// Windows shows a toast only for an app whose id matches a Start-menu shortcut (the installer's).
if (process.platform === 'win32') app.setAppUserModelId(APP_ID)

// codeCache: V8 keeps the compiled window scripts between starts (Electron's protocols have none
// by default), so a start parses and compiles them only after an update (docs/performance.md).
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
])

/** Checkpoint the WAL (and take the daily snapshot when due) this often while running. */
const MAINTENANCE_EVERY_MS = 5 * 60 * 1000

let journal: JournalSession | undefined
let mainWindow: BrowserWindow | undefined
let desktop: Desktop | undefined
/** A real quit (the menu, the tray, the system) is under way: windows close, not hide. */
let quitting = false

/** The window's last size and place, kept per journal in its Chromium profile folder. */
function saveBounds(window: BrowserWindow): void {
  try {
    writeBounds(app.getPath('userData'), {
      ...window.getNormalBounds(),
      maximized: window.isMaximized(),
    })
  } catch (error) {
    console.error('Unknot: the window size could not be remembered', error)
  }
}

function openMainWindow(): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const window = createMainWindow({
    preload: paths.preload,
    url: devUrl ?? APP_ENTRY_URL,
    icon: paths.icon,
    packaged: app.isPackaged,
    bounds: initialBounds(
      readBounds(app.getPath('userData')),
      workAreas,
      screen.getPrimaryDisplay().workArea,
    ),
    onLoadFailed: (error) => {
      dialog.showErrorBox(
        'Unknot could not show its window',
        `Its page did not load (${String(error)}). Reinstall Unknot if this happens again; ` +
          'your journal was not touched.',
      )
    },
  })
  window.on('close', (event) => {
    saveBounds(window)
    // While the tray is kept, closing only hides: a running timer and a half-typed form stay.
    if (!quitting && desktop?.keepRunningOnClose()) {
      event.preventDefault()
      window.hide()
    }
  })
  // Windows ends the session without 'before-quit': a shutdown must not be held up by hiding.
  window.on('query-session-end', () => {
    quitting = true
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
    // Only the default folder is made: a chosen one that is missing may be an unplugged drive.
    createFolder: chosenDataDir === undefined,
  })
  journal = opened
  opened.open()
  const dataFolderWarning = networkFolderWarning(dataDir, { platform: process.platform })
  if (dataFolderWarning) console.warn(`Unknot: ${dataFolderWarning}`)

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({
        platform: process.platform,
        packaged: app.isPackaged,
        name: app.getName(),
        showJournalFolder: () => {
          if (existsSync(dataFile)) shell.showItemInFolder(dataFile)
          else void shell.openPath(dataDir)
        },
      }),
    ),
  )

  protocol.handle(APP_SCHEME, (request) => serveAppFile(paths.renderer, request))
  // Nothing in this app needs the camera, microphone, location or notifications prompts.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)

  const loginItem = loginItemFor({
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
  })
  try {
    loginItem.refresh()
  } catch (error) {
    console.error('Unknot: the log-in entry could not be brought up to date', error)
  }
  desktop = startDesktop({
    db: () => opened.db,
    iconPath: paths.trayIcon,
    loginItem,
    showWindow: showMainWindow,
    getWindow: () => mainWindow,
    trayHost: hasTrayHost(process.platform),
  })

  const origins = devUrl ? [APP_ORIGIN, new URL(devUrl).origin] : [APP_ORIGIN]
  const ctx: HandlerContext = {
    get db() {
      return opened.db
    },
    journal: opened,
    now: () => new Date(),
    app: {
      name: app.getName(),
      version: app.getVersion(),
      dataFile,
      dataFolderWarning: dataFolderWarning ?? null,
      ...adoptSystemLocale(app),
    },
    services: { ...electronServices(() => mainWindow), desktop: desktop.control },
  }
  applyDisplaySettings(ctx, ctx.app.locale)
  registerIpc(ipcMain, handlers, ctx, senderFromOrigins(origins))
  if (!desktop.startsInTray(process.argv)) openMainWindow()
}

// The default folder is made before its lock is named from its real path.
if (chosenDataDir === undefined) {
  try {
    mkdirSync(dataDir, { recursive: true })
  } catch {
    // Opening the journal says why the folder cannot be used.
  }
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
    else if (desktop) showMainWindow() // it was closed to the tray
  })
  // macOS: a click on the Dock icon, perhaps with the window hidden by closing it.
  app.on('activate', () => {
    if (desktop) showMainWindow()
  })
  app.on('before-quit', () => {
    quitting = true
  })
  app.on('window-all-closed', () => {
    // Closing hides the window while the tray is kept: when the last one is gone, quit.
    app.quit()
  })
  app.on('will-quit', () => {
    desktop?.stop()
    // Checkpoints and truncates the WAL: a cleanly closed journal leaves none behind.
    journal?.close()
  })
  start().catch((error: unknown) => {
    dialog.showErrorBox('Unknot could not start', String(error))
    app.quit()
  })
}

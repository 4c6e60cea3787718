import { EventEmitter } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeBrowserWindow, type WindowWorld, type WorkArea } from './fake-window'
import { FakeNotification, FakeTray, type FakeMenuItem, type NotificationWorld } from './fake-tray'

/**
 * A stand-in for the parts of the `electron` module that main touches, recording every call,
 * so the wiring is tested where no Electron binary can run (windows in fake-window.ts, the tray
 * and notifications in fake-tray.ts).
 */
export interface FakeElectronOptions {
  lock?: boolean
  isPackaged?: boolean
  /** The operating system's theme (`nativeTheme.shouldUseDarkColors`). */
  dark?: boolean
  /** `Notification.isSupported()`; 'fails' = supported, but every notification emits 'failed'. */
  notifications?: 'work' | 'fails' | 'unsupported'
  /** macOS: `app.getLoginItemSettings().wasOpenedAtLogin`. */
  openedAtLogin?: boolean
  /** The displays' work areas, the primary first (default: one 1920 × 1040). */
  displays?: WorkArea[]
  /** `loadURL` rejects with this (a dev server that is down, a broken install). */
  loadFails?: Error
  /** Electron's default user-data folder (default: one shared folder in the temp folder). */
  userData?: string
}

export function createFakeElectron(options: FakeElectronOptions = {}) {
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>()
  const windows: FakeBrowserWindow[] = []
  const trays: FakeTray[] = []
  const notifications: FakeNotification[] = []
  const loginItem = {
    openAtLogin: false,
    path: undefined as string | undefined,
    args: [] as string[],
    /** Windows: false once Task Manager's Startup tab switched the entry off. */
    enabled: true,
  }
  const calls = {
    loginItemSettings: [] as Record<string, unknown>[],
    loginItemQueries: [] as (Record<string, unknown> | undefined)[],
    quit: 0,
    errorBoxes: [] as { title: string; message: string }[],
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => unknown>(),
    permissionRequestHandler: undefined as
      | undefined
      | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
    permissionCheckHandler: undefined as undefined | (() => boolean),
    /** The user-data folder when the single-instance lock was requested. */
    lockedUserData: undefined as string | undefined,
    appUserModelId: undefined as string | undefined,
    /** The application menu's template, as given to `Menu.setApplicationMenu`. */
    applicationMenu: undefined as FakeMenuItem[] | undefined,
    /** Paths shown with `shell.showItemInFolder` or opened with `shell.openPath`. */
    shownInFolder: [] as string[],
    saveDialogs: [] as Record<string, unknown>[],
    notifications: [] as { options: Record<string, unknown>; shown: boolean }[],
  }
  const paths = new Map<string, string>([
    ['userData', options.userData ?? join(tmpdir(), 'unknot-fake-user-data')],
  ])
  const displays = options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1040 }]

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => paths.get(name) ?? `/fake/${name}`,
    setPath: (name: string, path: string) => {
      paths.set(name, path)
    },
    setAppUserModelId: (id: string) => {
      calls.appUserModelId = id
    },
    getName: () => 'Unknot',
    getVersion: () => '9.9.9',
    getLocale: () => 'de',
    getSystemLocale: () => 'de-DE',
    getPreferredSystemLanguages: () => ['de-DE', 'en-US'],
    requestSingleInstanceLock: () => {
      calls.lockedUserData = app.getPath('userData')
      return options.lock ?? true
    },
    /** Asks to quit: 'before-quit' is emitted; the test decides what happens next. */
    quit: () => {
      calls.quit += 1
      app.emit('before-quit', { preventDefault: () => undefined })
    },
    getAppPath: () => '/fake/app',
    setLoginItemSettings: (settings: Record<string, unknown>) => {
      calls.loginItemSettings.push(settings)
      loginItem.openAtLogin = settings['openAtLogin'] === true
      if (typeof settings['path'] === 'string') loginItem.path = settings['path']
      if (Array.isArray(settings['args'])) loginItem.args = settings['args'] as string[]
      if (typeof settings['enabled'] === 'boolean') loginItem.enabled = settings['enabled']
    },
    getLoginItemSettings: (query?: Record<string, unknown>) => {
      calls.loginItemQueries.push(query)
      return {
        openAtLogin: loginItem.openAtLogin,
        wasOpenedAtLogin: options.openedAtLogin ?? false,
        status: loginItem.openAtLogin ? ('enabled' as const) : ('not-registered' as const),
        executableWillLaunchAtLogin: loginItem.openAtLogin && loginItem.enabled,
        launchItems:
          loginItem.openAtLogin && loginItem.path
            ? [
                {
                  name: 'electron.app.Unknot',
                  path: loginItem.path,
                  args: loginItem.args,
                  scope: 'user' as const,
                  enabled: loginItem.enabled,
                },
              ]
            : [],
      }
    },
  })

  const windowWorld: WindowWorld = { windows, displays, loadFails: options.loadFails, app }
  class BoundWindow extends FakeBrowserWindow {
    static getAllWindows = () => windows
    constructor(opts: FakeBrowserWindow['options']) {
      super(windowWorld, opts)
    }
  }

  const notificationWorld: NotificationWorld = {
    fails: options.notifications === 'fails',
    records: calls.notifications,
    notifications,
  }
  class BoundNotification extends FakeNotification {
    static isSupported = () => options.notifications !== 'unsupported'
    constructor(opts: Record<string, unknown>) {
      super(notificationWorld, opts)
    }
  }

  class FakeTrayRecorded extends FakeTray {
    constructor(image: unknown) {
      super(image)
      trays.push(this)
    }
  }

  const fakeImage = (path: string) => {
    const image = {
      path,
      size: undefined as unknown,
      resize: (size: unknown) => ({ ...image, size }),
      isEmpty: () => false,
      setTemplateImage: () => {},
    }
    return image
  }

  const module = {
    app,
    BrowserWindow: BoundWindow,
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, input: unknown) => unknown) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
        handlers.set(channel, handler)
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => calls.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => unknown) =>
        calls.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof calls.permissionRequestHandler) => {
          calls.permissionRequestHandler = h
        },
        setPermissionCheckHandler: (h: () => boolean) => {
          calls.permissionCheckHandler = h
        },
      },
    },
    dialog: {
      showErrorBox: (title: string, message: string) => calls.errorBoxes.push({ title, message }),
      showSaveDialog: (_window: unknown, opts: Record<string, unknown>) => {
        calls.saveDialogs.push(opts)
        return Promise.resolve({ canceled: false, filePath: '/chosen/file' })
      },
    },
    nativeTheme: { shouldUseDarkColors: options.dark ?? false },
    Notification: BoundNotification,
    Tray: FakeTrayRecorded,
    Menu: {
      buildFromTemplate: (items: FakeMenuItem[]) => ({ items }),
      setApplicationMenu: (menu: { items: FakeMenuItem[] } | null) => {
        calls.applicationMenu = menu?.items
      },
    },
    screen: {
      getAllDisplays: () => displays.map((workArea) => ({ workArea })),
      getPrimaryDisplay: () => ({ workArea: displays[0] }),
    },
    shell: {
      showItemInFolder: (path: string) => {
        calls.shownInFolder.push(path)
      },
      openPath: (path: string) => {
        calls.shownInFolder.push(path)
        return Promise.resolve('')
      },
    },
    nativeImage: { createFromPath: fakeImage },
    powerMonitor: new EventEmitter(),
  }
  return { module, handlers, windows, trays, notifications, loginItem, calls }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>

/** An IPC event as Electron would deliver it from a frame at `url`. */
export function fakeInvokeEvent(url: string | null, options: { subframe?: boolean } = {}) {
  return {
    senderFrame: url === null ? null : { url, parent: options.subframe ? {} : null },
  }
}

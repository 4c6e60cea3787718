import { EventEmitter } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A stand-in for the parts of the `electron` module that main touches, recording every call,
 * so the wiring is tested where no Electron binary can run.
 */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  /** Events sent to the page with `send`, in order. */
  readonly sent: { channel: string; payload: unknown }[] = []
  printOptions: unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
  printToPDF(options: unknown): Promise<Uint8Array> {
    this.printOptions = options
    return Promise.resolve(new TextEncoder().encode('%PDF-1.4\n'))
  }
  /** Whether the page is still loading (a window just opened). */
  loading = false
  isLoading(): boolean {
    return this.loading
  }
}

/** A menu item as main builds it; the test clicks it. */
export interface FakeMenuItem {
  label?: string
  type?: string
  role?: string
  enabled?: boolean
  click?: () => void
  submenu?: FakeMenuItem[]
}

/** A tray icon: its image, tooltip and the menu it was last given. */
export class FakeTray extends EventEmitter {
  tooltip = ''
  menu: FakeMenuItem[] = []
  destroyed = false
  constructor(readonly image: unknown) {
    super()
  }
  setToolTip(text: string): void {
    this.tooltip = text
  }
  setContextMenu(menu: { items: FakeMenuItem[] }): void {
    this.menu = menu.items
  }
  destroy(): void {
    this.destroyed = true
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  /** The menu item with this label; throws when there is none. */
  item(label: string): FakeMenuItem {
    const found = this.menu.find((i) => i.label === label)
    if (!found) throw new Error(`no tray menu item "${label}"`)
    return found
  }
}

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
  displays?: { x: number; y: number; width: number; height: number }[]
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

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows
    readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>
    readonly webContents = new FakeWebContents()
    loadedUrl: string | undefined
    bounds: { x: number; y: number; width: number; height: number }
    maximized = false
    visible = false
    focused = false
    flashing = false
    destroyed = false
    constructor(opts: FakeBrowserWindow['options']) {
      super()
      this.options = opts
      const area = displays[0] ?? { x: 0, y: 0, width: 1920, height: 1040 }
      const width = Number(opts['width'] ?? 800)
      const height = Number(opts['height'] ?? 600)
      this.bounds = {
        x: Number(opts['x'] ?? area.x + Math.round((area.width - width) / 2)),
        y: Number(opts['y'] ?? area.y + Math.round((area.height - height) / 2)),
        width,
        height,
      }
      windows.push(this)
      app.emit('web-contents-created', {}, this.webContents)
    }
    loadURL(url: string) {
      this.loadedUrl = url
      return options.loadFails ? Promise.reject(options.loadFails) : Promise.resolve()
    }
    getNormalBounds() {
      return { ...this.bounds }
    }
    setBounds(bounds: FakeBrowserWindow['bounds']) {
      this.bounds = { ...bounds }
    }
    isMaximized() {
      return this.maximized
    }
    maximize() {
      this.maximized = true
    }
    show() {
      const was = this.visible
      this.visible = true
      if (!was) this.emit('show')
    }
    hide() {
      this.visible = false
    }
    focus() {
      this.focused = true
    }
    restore() {}
    isMinimized() {
      return false
    }
    isVisible() {
      return this.visible
    }
    isFocused() {
      return this.focused
    }
    isDestroyed() {
      return this.destroyed
    }
    flashFrame(flag: boolean) {
      this.flashing = flag
    }
    /**
     * Closes as the person would: 'close' (which a listener may cancel), then 'closed', then
     * 'window-all-closed' when it was the last.
     */
    close() {
      const event = {
        defaultPrevented: false,
        preventDefault() {
          event.defaultPrevented = true
        },
      }
      this.emit('close', event)
      if (!event.defaultPrevented) this.destroy()
    }
    /** Closes without asking ('close' is not emitted), as `app.quit` ends the last windows. */
    destroy() {
      if (this.destroyed) return
      this.destroyed = true
      this.visible = false
      windows.splice(windows.indexOf(this), 1)
      this.emit('closed')
      if (windows.length === 0) app.emit('window-all-closed')
    }
  }

  class FakeNotification extends EventEmitter {
    static isSupported = () => options.notifications !== 'unsupported'
    readonly record: { options: Record<string, unknown>; shown: boolean }
    constructor(opts: Record<string, unknown>) {
      super()
      this.record = { options: opts, shown: false }
      calls.notifications.push(this.record)
      notifications.push(this)
    }
    get options() {
      return this.record.options
    }
    get shown() {
      return this.record.shown
    }
    closed = false
    close() {
      this.closed = true
    }
    show() {
      this.record.shown = true
      if (options.notifications === 'fails') {
        queueMicrotask(() => this.emit('failed', {}, 'no notification daemon'))
      }
    }
  }

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
    BrowserWindow: FakeBrowserWindow,
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
    Notification: FakeNotification,
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

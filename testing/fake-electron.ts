import { EventEmitter } from 'node:events'

/**
 * A stand-in for the parts of the `electron` module that main touches, recording every call,
 * so the wiring is tested where no Electron binary can run.
 */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  /** Events main sent to the page, in order. */
  readonly sent: { channel: string; payload: unknown }[] = []
  loading = false
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
  isLoading(): boolean {
    return this.loading
  }
}

/** A menu item as main builds it; the test clicks it. */
export interface FakeMenuItem {
  label?: string
  type?: string
  enabled?: boolean
  click?: () => void
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

/** A desktop notification: what it said and whether it was shown; tests emit click/action. */
export class FakeNotification extends EventEmitter {
  shown = false
  closed = false
  constructor(readonly options: Record<string, unknown>) {
    super()
  }
  show(): void {
    this.shown = true
  }
  close(): void {
    this.closed = true
  }
}

export function createFakeElectron(
  options: { lock?: boolean; notificationsSupported?: boolean; openedAtLogin?: boolean } = {},
) {
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>()
  const windows: FakeBrowserWindow[] = []
  const trays: FakeTray[] = []
  const notifications: FakeNotification[] = []
  const loginItem = { openAtLogin: false }
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
  }

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows
    readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>
    readonly webContents = new FakeWebContents()
    loadedUrl: string | undefined
    constructor(opts: FakeBrowserWindow['options']) {
      super()
      this.options = opts
      windows.push(this)
      app.emit('web-contents-created', {}, this.webContents)
    }
    destroyed = false
    visible = false
    focused = false
    loadURL(url: string) {
      this.loadedUrl = url
      return Promise.resolve()
    }
    show() {
      this.visible = true
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
    isDestroyed() {
      return this.destroyed
    }
    /** Closes as the person would: 'closed', then 'window-all-closed' when it was the last. */
    close() {
      this.destroyed = true
      this.visible = false
      windows.splice(windows.indexOf(this), 1)
      this.emit('closed')
      if (windows.length === 0) app.emit('window-all-closed')
    }
  }

  class FakeNotificationWithSupport extends FakeNotification {
    static isSupported = () => options.notificationsSupported ?? true
    constructor(opts: Record<string, unknown>) {
      super(opts)
      notifications.push(this)
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

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => `/fake/${name}`,
    getName: () => 'Unknot',
    getVersion: () => '9.9.9',
    requestSingleInstanceLock: () => options.lock ?? true,
    quit: () => {
      calls.quit += 1
    },
    getAppPath: () => '/fake/app',
    setLoginItemSettings: (settings: Record<string, unknown>) => {
      calls.loginItemSettings.push(settings)
      loginItem.openAtLogin = settings['openAtLogin'] === true
    },
    getLoginItemSettings: (query?: Record<string, unknown>) => {
      calls.loginItemQueries.push(query)
      return {
        openAtLogin: loginItem.openAtLogin,
        wasOpenedAtLogin: options.openedAtLogin ?? false,
        status: loginItem.openAtLogin ? ('enabled' as const) : ('not-registered' as const),
        executableWillLaunchAtLogin: loginItem.openAtLogin,
        launchItems: [],
      }
    },
  })

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
    },
    Tray: FakeTrayRecorded,
    Menu: { buildFromTemplate: (items: FakeMenuItem[]) => ({ items }) },
    Notification: FakeNotificationWithSupport,
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

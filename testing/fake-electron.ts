import { EventEmitter } from 'node:events'

/**
 * A stand-in for the parts of the `electron` module that main touches, recording every call,
 * so the wiring is tested where no Electron binary can run.
 */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
}

export function createFakeElectron(options: { lock?: boolean } = {}) {
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>()
  const windows: FakeBrowserWindow[] = []
  const calls = {
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
    loadURL(url: string) {
      this.loadedUrl = url
      return Promise.resolve()
    }
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false
    }
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
  }
  return { module, handlers, windows, calls }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>

/** An IPC event as Electron would deliver it from a frame at `url`. */
export function fakeInvokeEvent(url: string | null, options: { subframe?: boolean } = {}) {
  return {
    senderFrame: url === null ? null : { url, parent: options.subframe ? {} : null },
  }
}

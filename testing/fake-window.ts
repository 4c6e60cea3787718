import { EventEmitter } from 'node:events'

/** A window's page: what main sends it, how it prints, its window-open handler. */
class FakeWebContents extends EventEmitter {
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

/** A display's work area. */
export interface WorkArea {
  x: number
  y: number
  width: number
  height: number
}

/** What the windows of one fake `electron` share: each other, the displays and the app. */
export interface WindowWorld {
  windows: FakeBrowserWindow[]
  displays: readonly WorkArea[]
  /** `loadURL` rejects with this (a dev server that is down, a broken install). */
  loadFails: Error | undefined
  /** Told of every new page ('web-contents-created') and of the last window closing. */
  app: EventEmitter
}

/** A BrowserWindow: bounds, visibility and focus, closing as Electron does. */
export class FakeBrowserWindow extends EventEmitter {
  readonly #world: WindowWorld
  readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>
  readonly webContents = new FakeWebContents()
  loadedUrl: string | undefined
  bounds: { x: number; y: number; width: number; height: number }
  maximized = false
  visible = false
  focused = false
  flashing = false
  destroyed = false
  constructor(world: WindowWorld, opts: FakeBrowserWindow['options']) {
    super()
    this.#world = world
    this.options = opts
    const area = world.displays[0] ?? { x: 0, y: 0, width: 1920, height: 1040 }
    const width = Number(opts['width'] ?? 800)
    const height = Number(opts['height'] ?? 600)
    this.bounds = {
      x: Number(opts['x'] ?? area.x + Math.round((area.width - width) / 2)),
      y: Number(opts['y'] ?? area.y + Math.round((area.height - height) / 2)),
      width,
      height,
    }
    world.windows.push(this)
    world.app.emit('web-contents-created', {}, this.webContents)
  }
  loadURL(url: string) {
    this.loadedUrl = url
    return this.#world.loadFails ? Promise.reject(this.#world.loadFails) : Promise.resolve()
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
    const { windows, app } = this.#world
    windows.splice(windows.indexOf(this), 1)
    this.emit('closed')
    if (windows.length === 0) app.emit('window-all-closed')
  }
}

import { EventEmitter } from 'node:events'

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

/** What the notifications of one fake `electron` share. */
export interface NotificationWorld {
  /** Every notification emits 'failed' when shown (no notification daemon). */
  fails: boolean
  records: { options: Record<string, unknown>; shown: boolean }[]
  notifications: FakeNotification[]
}

/** A desktop notification: recorded when made and when shown; the test clicks it. */
export class FakeNotification extends EventEmitter {
  readonly record: { options: Record<string, unknown>; shown: boolean }
  readonly #fails: boolean
  constructor(world: NotificationWorld, opts: Record<string, unknown>) {
    super()
    this.#fails = world.fails
    this.record = { options: opts, shown: false }
    world.records.push(this.record)
    world.notifications.push(this)
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
    if (this.#fails) {
      queueMicrotask(() => this.emit('failed', {}, 'no notification daemon'))
    }
  }
}

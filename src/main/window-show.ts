/**
 * How long a hidden new window waits for its first paint before it is shown anyway. On Wayland
 * 'ready-to-show' may never fire (electron/electron#48859); a blank window in the app's own
 * background colour beats no window at all.
 */
export const SHOW_FALLBACK_MS = 3000

/** The parts of a BrowserWindow that showing it needs, so tests can pass a stand-in. */
export interface ShowableWindow {
  once(event: 'ready-to-show', listener: () => void): unknown
  webContents: { once(event: 'did-finish-load', listener: () => void): unknown }
  show(): void
  isDestroyed(): boolean
}

/** Shows a window created with `show: false` on 'ready-to-show', 'did-finish-load' or the timeout, whichever comes first. */
export function showWhenReady(window: ShowableWindow, fallbackMs = SHOW_FALLBACK_MS): void {
  let shown = false
  const show = (): void => {
    if (shown) return
    shown = true
    clearTimeout(timer)
    if (!window.isDestroyed()) window.show()
  }
  const timer = setTimeout(show, fallbackMs)
  window.once('ready-to-show', show)
  window.webContents.once('did-finish-load', show)
}

export interface FrontableWindow {
  isMinimized(): boolean
  restore(): void
  isVisible(): boolean
  show(): void
  focus(): void
}

/** A second launch brings the running window forward, even one that was never shown. */
export function bringToFront(window: FrontableWindow): void {
  if (window.isMinimized()) window.restore()
  if (!window.isVisible()) window.show()
  window.focus()
}

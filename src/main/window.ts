import { BrowserWindow, nativeTheme, type WebContents } from 'electron'
import { isDevReload } from './dev-server'
import type { InitialBounds } from './window-bounds'
import { MIN_SIZE } from './window-bounds'
import { showWhenReady } from './window-show'

// Every WebContents is hardened from app 'web-contents-created' in index.ts, this one included.

/** The page's own background (`--bg` light and dark), so opening the window never flashes. */
export const WINDOW_BACKGROUND = { light: '#f7f5f2', dark: '#171614' } as const

/**
 * No navigation away from the app, no new windows, no webviews: the app is one page. In
 * development only, Vite may reload the dev server's page.
 */
export function hardenWebContents(contents: WebContents, devUrl?: string): void {
  contents.on('will-navigate', (event) => {
    if (!event.isMainFrame || !isDevReload(event.url, devUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

export interface MainWindowOptions {
  preload: string
  url: string
  icon?: string
  /** A packaged app has no DevTools. */
  packaged: boolean
  /** Size and place (window-bounds.ts): the last ones of this journal, clamped to the screen. */
  bounds: InitialBounds
  /** The page could not be loaded (a dev server that is down, a broken install). */
  onLoadFailed: (error: unknown) => void
}

/** Chromium's "navigation aborted": a later navigation took over; nothing failed. */
const ERR_ABORTED = 'ERR_ABORTED'

export function createMainWindow({
  preload,
  url,
  icon,
  packaged,
  bounds,
  onLoadFailed,
}: MainWindowOptions): BrowserWindow {
  const { maximized, ...place } = bounds
  const window = new BrowserWindow({
    ...place,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Unknot',
    backgroundColor: nativeTheme.shouldUseDarkColors
      ? WINDOW_BACKGROUND.dark
      : WINDOW_BACKGROUND.light,
    autoHideMenuBar: true,
    ...(icon ? { icon } : {}),
    // Written out here rather than built by a helper, so static scanners can read them.
    webPreferences: {
      // Reviewed (Electronegativity's manual-review check): the preload exposes only the frozen
      // createApi(ipcRenderer.invoke), and main checks each call's sender and parses it with zod.
      preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A middle click on a link would otherwise try to open a new window.
      disableBlinkFeatures: 'Auxclick',
      // Guided timers must change phase on time while the window is hidden or minimised.
      backgroundThrottling: false,
      devTools: !packaged,
    },
  })
  // Maximising a hidden window would show it early (Windows): done once it is shown.
  if (maximized) window.once('show', () => window.maximize())
  showWhenReady(window)
  window.loadURL(url).catch((error: unknown) => {
    if (!String(error).includes(ERR_ABORTED)) onLoadFailed(error)
  })
  return window
}

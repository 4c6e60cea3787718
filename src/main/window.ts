import { BrowserWindow, type WebContents, type WebPreferences } from 'electron'

// Every WebContents is hardened from app 'web-contents-created' in index.ts, this one included.

/** The only webPreferences a window of this app is created with. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
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
  }
}

/** No navigation away from the app, no new windows, no webviews: the app is one page. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

export interface MainWindowOptions {
  preload: string
  url: string
  icon?: string
}

export function createMainWindow({ preload, url, icon }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1180,
    height: 820,
    minWidth: 720,
    minHeight: 560,
    show: false,
    title: 'Unknot',
    backgroundColor: '#f7f5f2',
    autoHideMenuBar: true,
    ...(icon ? { icon } : {}),
    webPreferences: secureWebPreferences(preload),
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return window
}

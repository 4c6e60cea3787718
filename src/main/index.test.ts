import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '../shared/contract'
import { APP_ID } from './app-identity'
import {
  createFakeElectron,
  fakeInvokeEvent,
  type FakeElectron,
  type FakeElectronOptions,
} from '../../testing/fake-electron'
import type { FakeMenuItem } from '../../testing/fake-tray'
import { profileFolder } from './single-instance'
import { makeTempDir } from '../../testing/temp-diary'

let fake: FakeElectron
let dir: string
const argv = process.argv

async function boot(options: FakeElectronOptions = {}) {
  fake = createFakeElectron({ userData: join(dir, 'user-data'), ...options })
  vi.resetModules()
  vi.doMock('electron', () => fake.module)
  await import('./index')
  // start() runs after whenReady; let it finish.
  await vi.waitFor(() => {
    if (options.lock === false) return
    expect(fake.windows.length + fake.calls.errorBoxes.length).toBeGreaterThan(0)
  })
}

const require = createRequire(import.meta.url)

/** A packaged app's resources folder: the SQLite addon unpacked beside the archive, the icon. */
function packagedResources() {
  const resources = join(dir, 'resources')
  const prebuild = join('prebuilds', `${process.platform}-${process.arch}.node`)
  const addon = join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', prebuild)
  mkdirSync(dirname(addon), { recursive: true })
  copyFileSync(join(dirname(require.resolve('better-sqlite3/package.json')), prebuild), addon)
  writeFileSync(join(resources, 'icon.png'), 'png')
  return { resources, addon }
}

/** Boots as a packaged app whose `process.resourcesPath` is `resources`. */
async function bootPackaged(resources: string) {
  // Electron sets process.resourcesPath; plain Node has none.
  Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true })
  try {
    await boot({ isPackaged: true })
  } finally {
    Reflect.deleteProperty(process, 'resourcesPath')
  }
}

beforeEach(() => {
  dir = makeTempDir()
  process.argv = [...argv, `--data-dir=${dir}`]
})
afterEach(() => {
  fake.module.app.emit('will-quit')
  process.argv = argv
  vi.unstubAllEnvs()
  rmSync(dir, { recursive: true, force: true })
})

describe('main process wiring', () => {
  it('opens the journal in the chosen data folder and registers every contract channel', async () => {
    await boot()
    expect(existsSync(join(dir, 'journal.sqlite'))).toBe(true)
    expect([...fake.handlers.keys()].sort()).toEqual([...channels].sort())
  })

  it('answers the app page and refuses every other sender', async () => {
    await boot()
    const info = fake.handlers.get('app:info')
    if (!info) throw new Error('app:info not registered')
    expect(await info(fakeInvokeEvent('app://unknot/index.html'), undefined)).toMatchObject({
      ok: true,
      value: {
        version: '9.9.9',
        dataFile: join(dir, 'journal.sqlite'),
        // The fake system writes German dates: the window is told so.
        locale: 'de-DE',
        systemLanguages: ['de-DE', 'en-US'],
      },
    })
    for (const event of [
      fakeInvokeEvent('https://evil.example/index.html'),
      fakeInvokeEvent('file:///home/me/page.html'),
      fakeInvokeEvent('app://unknot.evil/index.html'),
      fakeInvokeEvent('app://unknot/index.html', { subframe: true }),
      fakeInvokeEvent(null),
      {},
    ]) {
      expect(await info(event, undefined)).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'This page may not use the journal.' },
      })
    }
  })

  it('does not let an untrusted sender write', async () => {
    await boot()
    const save = fake.handlers.get('checkins:save')
    const list = fake.handlers.get('checkins:list')
    if (!save || !list) throw new Error('not registered')
    const entry = { date: '2020-01-01', slot: 'evening', pain: 1, stiffness: 1, spasmFrequency: 0 }
    expect(await save(fakeInvokeEvent('https://evil.example/'), entry)).toMatchObject({ ok: false })
    const range = { from: '2020-01-01', to: '2020-01-01' }
    expect(await list(fakeInvokeEvent('app://unknot/index.html'), range)).toEqual({
      ok: true,
      value: [],
    })
  })

  it('creates the window with secure webPreferences and loads the app protocol', async () => {
    await boot()
    const [window] = fake.windows
    expect(window?.loadedUrl).toBe('app://unknot/index.html')
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      // Timers keep their pace while the window is hidden or minimised.
      backgroundThrottling: false,
      // DevTools only in an unpackaged (development) app.
      devTools: true,
    })
    expect(String(window?.options.webPreferences['preload'])).toMatch(/preload[\\/]index\.cjs$/)
    // The app icon ships in resources/ and the window points at it.
    expect(String(window?.options['icon'])).toMatch(/resources[\\/]icon\.png$/)
    expect(existsSync(String(window?.options['icon']))).toBe(true)
    expect(fake.calls.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ])
    expect(fake.calls.protocolHandlers.has('app')).toBe(true)
  })

  it('denies navigation, redirects, webviews and new windows in every web contents', async () => {
    await boot()
    const contents = fake.windows[0]?.webContents
    if (!contents) throw new Error('no window')
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      for (const url of ['https://evil.example/', 'app://unknot/index.html']) {
        const event = { url, isMainFrame: true, preventDefault: vi.fn() }
        contents.emit(name, event, url)
        expect(event.preventDefault, `${name} ${url}`).toHaveBeenCalled()
      }
    }
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    })
  })

  it('denies every permission request', async () => {
    await boot()
    const granted = vi.fn()
    fake.calls.permissionRequestHandler?.({}, 'media', granted)
    expect(granted).toHaveBeenCalledWith(false)
    expect(fake.calls.permissionCheckHandler?.()).toBe(false)
  })

  it('lets the Vite dev server reload its own page in development, and nothing else', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    await boot()
    const [window] = fake.windows
    expect(window?.loadedUrl).toBe('http://localhost:5173/')
    const navigate = (url: string, isMainFrame = true) => {
      const event = { url, isMainFrame, preventDefault: vi.fn() }
      window?.webContents.emit('will-navigate', event, url)
      return event.preventDefault.mock.calls.length === 0
    }
    expect(navigate('http://localhost:5173/')).toBe(true)
    expect(navigate('http://localhost:5173/', false)).toBe(false)
    expect(navigate('http://localhost:5173/elsewhere.html')).toBe(false)
    expect(navigate('https://evil.example/')).toBe(false)
  })

  it('ignores the dev server and has no DevTools when packaged', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    await bootPackaged(packagedResources().resources)
    const [window] = fake.windows
    expect(window?.loadedUrl).toBe('app://unknot/index.html')
    expect(window?.options.webPreferences['devTools']).toBe(false)
    const event = { url: 'http://localhost:5173/', isMainFrame: true, preventDefault: vi.fn() }
    window?.webContents.emit('will-navigate', event, event.url)
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('loads SQLite from app.asar.unpacked, the page and the icon from packaged paths', async () => {
    const { resources, addon } = packagedResources()
    const dataDir = join(dir, 'journal')
    mkdirSync(dataDir)
    process.argv = [...argv, `--data-dir=${dataDir}`]
    await bootPackaged(resources)
    expect(fake.calls.errorBoxes).toEqual([])
    expect(existsSync(join(dataDir, 'journal.sqlite'))).toBe(true)
    // Node's module cache names the addon file that was actually loaded.
    expect(Object.keys(require.cache)).toContain(addon)
    expect(fake.windows[0]?.options['icon']).toBe(join(resources, 'icon.png'))
    // Pages come from out/renderer beside the main bundle (src/renderer when run from source).
    const serve = fake.calls.protocolHandlers.get('app')
    const response = (await serve?.(new Request('app://unknot/index.html'))) as Response
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<div id="root"></div>')
  })

  it('says which file is missing when the packaged SQLite addon is not there', async () => {
    await bootPackaged(join(dir, 'empty-resources'))
    expect(fake.calls.errorBoxes[0]?.message).toContain(
      join(dir, 'empty-resources', 'app.asar.unpacked'),
    )
    expect(fake.windows).toHaveLength(0)
  })

  it('scopes the single-instance lock to the --data-dir folder, in a profile of its own', async () => {
    await boot()
    expect(fake.calls.lockedUserData).toBe(profileFolder(join(dir, 'user-data'), dir))
    expect(fake.calls.lockedUserData).toMatch(/[\\/]user-data[\\/]journals[\\/][0-9a-f]{16}$/)
    // The journal stays where the person put it.
    expect(existsSync(join(dir, 'journal.sqlite'))).toBe(true)
    // No Chromium profile (Local State, a SingletonLock) beside it.
    expect(
      readdirSync(dir).filter((name) => !/^(journal\.sqlite|backups|user-data)/.test(name)),
    ).toEqual([])
  })

  it('does not create a --data-dir that is not there, and says so on the recovery screen', async () => {
    const missing = join(dir, 'unplugged-drive', 'Unknot')
    process.argv = [...argv, `--data-dir=${missing}`]
    await boot()
    expect(existsSync(join(dir, 'unplugged-drive'))).toBe(false)
    const status = fake.handlers.get('journal:status')
    expect(await status?.(fakeInvokeEvent('app://unknot/index.html'), undefined)).toMatchObject({
      ok: true,
      value: { state: 'unavailable', problem: 'unreadable', actions: ['retry', 'quit'] },
    })
  })

  it('keeps unpackaged runs (npm run dev) in a development folder of their own', async () => {
    process.argv = argv.filter((arg) => !arg.startsWith('--data-dir'))
    vi.stubEnv('UNKNOT_DATA_DIR', '')
    await boot()
    const development = join(dir, 'user-data', 'development')
    expect(existsSync(join(development, 'journal.sqlite'))).toBe(true)
    expect(fake.calls.lockedUserData).toBe(profileFolder(join(dir, 'user-data'), development))
  })

  it('sets a menu without Reload or DevTools in a packaged app, with the journal folder', async () => {
    const { resources } = packagedResources()
    await bootPackaged(resources)
    const all = (items: FakeMenuItem[] = []): FakeMenuItem[] =>
      items.flatMap((item) => [item, ...all(item.submenu)])
    const menu = all(fake.calls.applicationMenu)
    expect(menu.map((item) => item.role)).toEqual(expect.arrayContaining(['editMenu', 'help']))
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(menu.map((item) => item.role)).not.toContain(role)
    }
    menu.find((item) => item.label === 'Show the journal folder')?.click?.()
    expect(fake.calls.shownInFolder).toEqual([join(dir, 'journal.sqlite')])
  })

  it('remembers the window’s size and place per journal, within the screen', async () => {
    await boot({ displays: [{ x: 0, y: 0, width: 1366, height: 728 }] })
    const [first] = fake.windows
    // A first window fits a 768 px laptop.
    expect(first?.options).toMatchObject({ width: 1180, height: 728 })
    first?.setBounds({ x: 40, y: 30, width: 900, height: 600 })
    first?.close()
    fake.module.app.emit('will-quit')
    await boot({ displays: [{ x: 0, y: 0, width: 1366, height: 728 }] })
    expect(fake.windows[0]?.options).toMatchObject({ x: 40, y: 30, width: 900, height: 600 })
    fake.module.app.emit('will-quit')
    // The display it was on is gone: back to the default, centred on the one that is left.
    await boot({ displays: [{ x: 2000, y: 0, width: 1920, height: 1040 }] })
    expect(fake.windows[0]?.options).toMatchObject({ width: 1180, height: 820 })
    expect(fake.windows[0]?.options['x']).toBeUndefined()
  })

  it('says so when the window’s page cannot be loaded', async () => {
    await boot({ loadFails: new Error('ERR_CONNECTION_REFUSED (-102) loading app://unknot/') })
    await vi.waitFor(() => expect(fake.calls.errorBoxes).toHaveLength(1))
    expect(fake.calls.errorBoxes[0]).toMatchObject({
      title: 'Unknot could not show its window',
      message: expect.stringContaining('ERR_CONNECTION_REFUSED') as unknown,
    })
  })

  it('ignores a load aborted by a later navigation', async () => {
    await boot({ loadFails: new Error('ERR_ABORTED (-3) loading app://unknot/index.html') })
    await new Promise((resolve) => setImmediate(resolve))
    expect(fake.calls.errorBoxes).toEqual([])
  })

  it('shows the window on did-finish-load when ready-to-show never comes (Wayland)', async () => {
    await boot()
    const [window] = fake.windows
    expect(window?.visible).toBe(false)
    window?.webContents.emit('did-finish-load')
    expect(window?.visible).toBe(true)
  })

  it('shows a hidden window when a second launch brings it forward', async () => {
    await boot()
    const [window] = fake.windows
    fake.module.app.emit('second-instance')
    expect(window?.visible).toBe(true)
    expect(window?.focused).toBe(true)
  })

  it.each([
    [false, '#f7f5f2'],
    [true, '#171614'],
  ])('opens with the background of the OS theme (dark: %s)', async (dark, colour) => {
    await boot({ dark })
    expect(fake.windows[0]?.options['backgroundColor']).toBe(colour)
  })

  it('declares the app user model id on Windows only', async () => {
    await boot()
    expect(fake.calls.appUserModelId).toBeUndefined()
    fake.module.app.emit('will-quit')
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')
    Object.defineProperty(process, 'platform', { value: 'win32' })
    try {
      await boot()
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform)
    }
    expect(fake.calls.appUserModelId).toBe(APP_ID)
  })

  it('quits without touching the journal when another instance holds the lock', async () => {
    await boot({ lock: false })
    expect(fake.calls.quit).toBe(1)
    expect(fake.handlers.size).toBe(0)
    expect(existsSync(join(dir, 'journal.sqlite'))).toBe(false)
  })

  it('opens the window on the journal repair screen when the journal cannot be opened', async () => {
    const file = join(dir, 'journal.sqlite')
    writeFileSync(file, 'not a database')
    await boot()
    expect(fake.calls.errorBoxes).toEqual([])
    expect(fake.calls.quit).toBe(0)
    expect(fake.windows).toHaveLength(1)
    const app = fakeInvokeEvent('app://unknot/index.html')
    const call = (channel: string, input?: unknown) => {
      const handler = fake.handlers.get(channel)
      if (!handler) throw new Error(`${channel} not registered`)
      return handler(app, input)
    }
    expect(await call('journal:status')).toMatchObject({
      ok: true,
      value: {
        state: 'unavailable',
        problem: 'not_a_database',
        file,
        actions: ['restoreFile', 'startNew', 'quit'],
        latestBackup: null,
      },
    })
    // Every other channel refuses clearly while no journal is open.
    expect(await call('checkins:list', { from: '2020-01-01', to: '2020-01-02' })).toMatchObject({
      ok: false,
      error: { code: 'no_journal' },
    })
    // Starting anew sets the file aside (never deletes it) and opens a journal.
    expect(await call('recovery:startNew')).toMatchObject({
      ok: true,
      value: { status: { state: 'open', readOnly: false } },
    })
    const aside = readdirSync(dir).filter((name) => name.startsWith('journal-set-aside-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(dir, aside[0] ?? ''), 'utf8')).toBe('not a database')
    expect(await call('checkins:list', { from: '2020-01-01', to: '2020-01-02' })).toEqual({
      ok: true,
      value: [],
    })
    // The last way out quits through the app.
    expect(await call('recovery:quit')).toMatchObject({ ok: true })
    expect(fake.calls.quit).toBe(1)
  })

  it('checkpoints the WAL every five minutes while running', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    try {
      await boot()
      const save = fake.handlers.get('checkins:save')
      if (!save) throw new Error('not registered')
      const entry = { date: '2020-01-02', slot: 'other', pain: 1, stiffness: 1, spasmFrequency: 0 }
      expect(await save(fakeInvokeEvent('app://unknot/index.html'), entry)).toMatchObject({
        ok: true,
      })
      const wal = join(dir, 'journal.sqlite-wal')
      expect(statSync(wal).size).toBeGreaterThan(0)
      vi.advanceTimersByTime(5 * 60 * 1000)
      expect(statSync(wal).size).toBe(0)
      // The daily snapshot was taken when the journal opened.
      expect(readdirSync(join(dir, 'backups'))).toHaveLength(1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('checkpoints and truncates the WAL when the app quits', async () => {
    await boot()
    const save = fake.handlers.get('checkins:save')
    if (!save) throw new Error('not registered')
    const entry = { date: '2020-01-01', slot: 'evening', pain: 1, stiffness: 1, spasmFrequency: 0 }
    expect(await save(fakeInvokeEvent('app://unknot/index.html'), entry)).toMatchObject({
      ok: true,
    })
    expect(statSync(join(dir, 'journal.sqlite-wal')).size).toBeGreaterThan(0)
    fake.module.app.emit('will-quit')
    expect(existsSync(join(dir, 'journal.sqlite-wal'))).toBe(false)
  })
})

import { join } from 'node:path'

export interface AppLocation {
  isPackaged: boolean
  /** The folder of the built main bundle (`out/main`, inside `app.asar` when packaged). */
  mainDir: string
  /** Electron's `process.resourcesPath`: the folder holding `app.asar` in a packaged app. */
  resourcesPath: string
  platform: NodeJS.Platform
  arch: string
}

/** better-sqlite3's prebuilt addon for one platform, relative to the app (asar) root. */
export function sqliteAddonPath(platform: NodeJS.Platform, arch: string): string {
  return join('node_modules', 'better-sqlite3', 'prebuilds', `${platform}-${arch}.node`)
}

/**
 * The tray image for each system, in `resources/tray` (packaged: `tray/` beside the archive).
 * Each PNG has its `@2x` twin beside it, which Electron picks on high-density screens; macOS
 * takes a black `…Template` image that it tints for the menu bar; Windows an .ico.
 */
export function trayIconFile(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'trayTemplate.png'
  if (platform === 'win32') return 'tray.ico'
  return 'tray.png'
}

/**
 * Where the main process finds its files. Unpackaged, everything sits in the checkout; packaged,
 * the bundles are inside `app.asar`, the SQLite addon is in `app.asar.unpacked` (a native library
 * cannot be loaded from inside an archive) and the icon is a plain file beside the archive.
 */
export function appPaths(location: AppLocation) {
  const { isPackaged, mainDir, resourcesPath, platform, arch } = location
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    renderer: join(mainDir, '..', 'renderer'),
    icon: isPackaged
      ? join(resourcesPath, 'icon.png')
      : join(mainDir, '..', '..', 'resources', 'icon.png'),
    trayIcon: isPackaged
      ? join(resourcesPath, 'tray', trayIconFile(platform))
      : join(mainDir, '..', '..', 'resources', 'tray', trayIconFile(platform)),
    /** undefined: better-sqlite3 finds its own prebuild next to its sources. */
    sqliteAddon: isPackaged
      ? join(resourcesPath, 'app.asar.unpacked', sqliteAddonPath(platform, arch))
      : undefined,
  }
}

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
    /** undefined: better-sqlite3 finds its own prebuild next to its sources. */
    sqliteAddon: isPackaged
      ? join(resourcesPath, 'app.asar.unpacked', sqliteAddonPath(platform, arch))
      : undefined,
  }
}

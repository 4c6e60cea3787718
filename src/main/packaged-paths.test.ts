import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { appPaths, trayIconFile } from './packaged-paths'

describe('appPaths', () => {
  it('finds everything in the checkout when not packaged', () => {
    const paths = appPaths({
      isPackaged: false,
      mainDir: join('/src/unknot', 'out', 'main'),
      resourcesPath: '/usr/lib/electron/resources',
      platform: 'linux',
      arch: 'x64',
    })
    expect(paths).toEqual({
      preload: join('/src/unknot', 'out', 'preload', 'index.cjs'),
      renderer: join('/src/unknot', 'out', 'renderer'),
      icon: join('/src/unknot', 'resources', 'icon.png'),
      trayIcon: join('/src/unknot', 'resources', 'tray', 'tray.png'),
      sqliteAddon: undefined,
    })
  })

  it('loads the SQLite addon from app.asar.unpacked and the icon beside the archive when packaged', () => {
    const resources = join('/opt', 'Unknot', 'resources')
    const paths = appPaths({
      isPackaged: true,
      mainDir: join(resources, 'app.asar', 'out', 'main'),
      resourcesPath: resources,
      platform: 'win32',
      arch: 'arm64',
    })
    expect(paths).toEqual({
      preload: join(resources, 'app.asar', 'out', 'preload', 'index.cjs'),
      renderer: join(resources, 'app.asar', 'out', 'renderer'),
      icon: join(resources, 'icon.png'),
      trayIcon: join(resources, 'tray', 'tray.ico'),
      sqliteAddon: join(
        resources,
        'app.asar.unpacked',
        'node_modules',
        'better-sqlite3',
        'prebuilds',
        'win32-arm64.node',
      ),
    })
  })
})

describe('trayIconFile', () => {
  it('is a template image on macOS, an .ico on Windows and a PNG elsewhere, each committed', () => {
    expect(trayIconFile('darwin')).toBe('trayTemplate.png')
    expect(trayIconFile('win32')).toBe('tray.ico')
    expect(trayIconFile('linux')).toBe('tray.png')
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const file = join(
        import.meta.dirname,
        '..',
        '..',
        'resources',
        'tray',
        trayIconFile(platform),
      )
      expect(existsSync(file), file).toBe(true)
    }
  })
})

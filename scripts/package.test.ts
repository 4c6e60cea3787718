// The packaging test (`npm run test:package`, after `npm run build`): electron-builder lays out the
// Linux package against a stand-in Electron (no binary can be downloaded here), then the layout is
// inspected. Fuses live in the real binary: that check runs only where one is installed.
import { listPackage, statFile } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import Database from 'better-sqlite3'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import config, { fuses } from '../electron-builder.config'
import { APP_ID } from '../src/main/app-identity'
import { appPaths } from '../src/main/packaged-paths'
import { findElectronBinary } from './electron-binary.mjs'
import { ICON_SIZES, ROOT } from './icons'
import { describeSize, electronDistOf, makeStandInElectron, packageApp } from './package'

const output = mkdtempSync(join(tmpdir(), 'unknot-package-'))
const appDir = join(output, 'linux-unpacked')
const resources = join(appDir, 'resources')
const asar = join(resources, 'app.asar')
let desktopEntry = ''

// A fuse's byte in the wire: ASCII '1' on, '0' off (@electron/fuses' FuseState, not exported).
const FUSE_ON = 0x31
const FUSE_OFF = 0x30

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) {
    throw new Error('out/ is missing: run `npm run build` before the packaging test.')
  }
  const electronDist = makeStandInElectron()
  try {
    await packageApp(
      {
        dir: true,
        electronDist,
        output,
        // Computing the AppImage target yields its desktop entry; returning true skips the
        // AppImage itself, which needs tools that are downloaded.
        linuxTargets: ['appimage'],
        effectiveOptionComputed: (options) => {
          desktopEntry = (options as { desktop: string }).desktop
          return Promise.resolve(true)
        },
      },
      true,
    )
  } finally {
    rmSync(electronDist, { recursive: true, force: true })
  }
  console.log(
    `[package] ${relative(tmpdir(), appDir)} (stand-in Electron, so without Chromium itself): ` +
      describeSize(appDir, resources),
  )
}, 120_000)

afterAll(() => rmSync(output, { recursive: true, force: true }))

describe('the packaged app (Linux, stand-in Electron)', () => {
  it('holds the built app and its one runtime dependency, and nothing else', () => {
    const files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'))
    for (const required of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
    ]) {
      expect(files).toContain(required)
    }
    expect(files.some((file) => file.startsWith('/out/renderer/assets/'))).toBe(true)
    // No sources, tests, harness bundles, source maps or build inputs.
    const stray = files.filter(
      (file) =>
        /^\/(src|e2e|testing|scripts|resources|build|docs|out\/e2e)(\/|$)/.test(file) ||
        /\.(ts|tsx|map)$/.test(file),
    )
    expect(stray).toEqual([])
    // Only better-sqlite3 from node_modules (React, zod, … are bundled into out/ or dev-only),
    // and of it only what runs: no C sources, no prebuilds for other platforms.
    const modules = files.filter((file) => /^\/node_modules\/[^/]+$/.test(file))
    expect(modules).toEqual(['/node_modules/better-sqlite3'])
    const sqlite = files.filter((file) => file.startsWith('/node_modules/better-sqlite3/'))
    expect(sqlite.filter((file) => /\/(deps|src)\//.test(file))).toEqual([])
    expect(sqlite.filter((file) => file.endsWith('.node'))).toEqual([
      `/node_modules/better-sqlite3/prebuilds/${process.platform}-${process.arch}.node`,
    ])
  })

  it('unpacks the SQLite addon where main loads it, and this machine’s Node can load it', () => {
    const { sqliteAddon } = appPaths({
      isPackaged: true,
      mainDir: join(asar, 'out', 'main'),
      resourcesPath: resources,
      platform: process.platform,
      arch: process.arch,
    })
    expect(sqliteAddon).toBeDefined()
    if (!sqliteAddon) return
    expect(existsSync(sqliteAddon)).toBe(true)
    const inArchive = relative(asar, sqliteAddon.replace('app.asar.unpacked', 'app.asar'))
    expect(statFile(asar, inArchive)).toMatchObject({ unpacked: true })
    const db = new Database(':memory:', { nativeBinding: sqliteAddon })
    expect(db.prepare('SELECT sqlite_version()').pluck().get()).toMatch(/^3\.\d+\.\d+$/)
    db.close()
  })

  it('ships the window icon beside the archive and an icon at every size for the installers', () => {
    const icon = readFileSync(join(resources, 'icon.png'))
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512])
    for (const size of ICON_SIZES) {
      const png = readFileSync(join(ROOT, 'build', 'icons', `${size}x${size}.png`))
      expect(png.readUInt32BE(16), `${size} px`).toBe(size)
    }
    expect(readFileSync(join(ROOT, 'build', 'icon.ico')).readUInt16LE(4)).toBe(7)
    expect(
      readFileSync(join(ROOT, 'build', 'icon.icns'))
        .subarray(0, 4)
        .toString(),
    ).toBe('icns')
  })

  it('ships the tray images beside the archive, where main looks for them', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { trayIcon } = appPaths({
        isPackaged: true,
        mainDir: join(asar, 'out', 'main'),
        resourcesPath: resources,
        platform,
        arch: process.arch,
      })
      expect(existsSync(trayIcon), trayIcon).toBe(true)
    }
    expect(existsSync(join(resources, 'tray', 'tray@2x.png'))).toBe(true)
    expect(existsSync(join(resources, 'tray', 'trayTemplate@2x.png'))).toBe(true)
  })

  it('builds the AppImage on the static runtime (no libfuse2) and macOS for both chips', () => {
    // The legacy runtime (toolset 0.0.0) needs libfuse.so.2, missing on stock Ubuntu 22.04+.
    expect(config.toolsets?.appimage).toBe('1.0.3')
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }])
  })

  it('has a desktop entry in the medical and utility menus that keeps the sandbox on', () => {
    const entry = Object.fromEntries(
      desktopEntry
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    )
    expect(desktopEntry.startsWith('[Desktop Entry]\n')).toBe(true)
    expect(entry).toMatchObject({
      Name: 'Unknot',
      Type: 'Application',
      Terminal: 'false',
      Icon: 'unknot',
      Categories: 'MedicalSoftware;Utility;',
      StartupWMClass: 'unknot',
      Comment: 'A private desktop journal for people with recurring back spasms.',
    })
    expect(entry['Exec']).toBe('AppRun %U')
    expect(desktopEntry).not.toContain('--no-sandbox')
  })
})

describe('Electron Fuses', () => {
  it('are configured off for Node entry points and on for the asar checks', () => {
    expect(config.electronFuses).toBe(fuses)
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('use the id the app declares to Windows', () => {
    expect(config.appId).toBe(APP_ID)
  })

  // Flipping fuses rewrites bytes inside the real Electron executable; the stand-in has none.
  const real = findElectronBinary()
  if (!real.path) {
    console.log(
      `[package] Fuses are not flipped here: ${real.reason}. They are checked where Electron is installed.`,
    )
  }
  it.skipIf(!real.path)(
    'are flipped in a package of the real Electron binary',
    async () => {
      const realOutput = mkdtempSync(join(tmpdir(), 'unknot-package-real-'))
      try {
        await packageApp({
          dir: true,
          electronDist: real.path ? electronDistOf(real.path) : undefined,
          output: realOutput,
        })
        const wire = await getCurrentFuseWire(join(realOutput, 'linux-unpacked', 'unknot'))
        expect(wire[FuseV1Options.RunAsNode]).toBe(FUSE_OFF)
        expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FUSE_OFF)
        expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FUSE_OFF)
        expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FUSE_ON)
        expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FUSE_ON)
        expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FUSE_ON)
      } finally {
        rmSync(realOutput, { recursive: true, force: true })
      }
    },
    300_000,
  )
})

// `npm run pack`: the built app as an unpacked directory (dist/<platform>-unpacked).
// `npm run dist`: the installers for this platform (AppImage + deb, nsis, dmg).
// Both package the Electron that `npm start` uses when it is installed. Where no Electron binary
// can be had (these build machines), `pack` on Linux packages a stand-in distribution instead:
// the layout is real and can be inspected, the placeholder executable cannot run, and the fuses
// are not flipped (they live in the real binary). Installers always need the real binary.
import { build, Platform, type Configuration } from 'electron-builder'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import config from '../electron-builder.config'
import { findElectronBinary } from './electron-binary.mjs'
import { ROOT, writeIcons } from './icons'

export interface PackageOptions {
  /** An unpacked directory only (`--dir`), or the installers. */
  dir: boolean
  /** The Electron distribution to package; undefined lets electron-builder download one. */
  electronDist?: string | undefined
  /** Where the results go (default dist/). */
  output?: string
  /** Linux targets besides the directory (the packaging test computes the AppImage's entry). */
  linuxTargets?: string[]
  /** electron-builder's hook to read a target's computed options; true skips building it. */
  effectiveOptionComputed?: (options: unknown) => Promise<boolean>
}

export function electronVersion(): string {
  const file = join(ROOT, 'node_modules', 'electron', 'package.json')
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}

/** The folder electron-builder wants for a binary: the one holding Electron.app on macOS. */
export function electronDistOf(binary: string): string {
  const app = /^(.*)[\\/][^\\/]+\.app[\\/]Contents[\\/]MacOS[\\/][^\\/]+$/.exec(binary)
  return app?.[1] ?? dirname(binary)
}

/**
 * A Linux Electron distribution with a placeholder executable: enough for electron-builder to lay
 * out the package offline (docs/packaging.md#the-stand-in-electron), never something that runs.
 */
export function makeStandInElectron(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-electron-stand-in-'))
  const executable = join(dir, 'electron')
  writeFileSync(
    executable,
    '#!/bin/sh\necho "A stand-in for Electron: it cannot run Unknot." >&2\nexit 1\n',
  )
  chmodSync(executable, 0o755)
  mkdirSync(join(dir, 'resources'))
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron distribution.\n')
  writeFileSync(join(dir, 'version'), electronVersion())
  return dir
}

/** The configuration for one run: the repo's, pointed at a distribution and an output folder. */
export function packageConfig(options: PackageOptions, standIn: boolean): Configuration {
  return {
    ...config,
    electronVersion: electronVersion(),
    ...(options.electronDist ? { electronDist: options.electronDist } : {}),
    ...(options.output ? { directories: { ...config.directories, output: options.output } } : {}),
    // Fuses are bytes in the real Electron binary; a placeholder has none to flip.
    ...(standIn ? { electronFuses: null } : {}),
  }
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0)
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`

/** One line on the size of an unpacked app whose archive is in `resourcesDir`. */
export function describeSize(appDir: string, resourcesDir: string): string {
  const asar = statSync(join(resourcesDir, 'app.asar')).size
  const unpacked = folderBytes(join(resourcesDir, 'app.asar.unpacked'))
  return `app.asar ${mb(asar)}, app.asar.unpacked ${mb(unpacked)}, whole folder ${mb(folderBytes(appDir))}`
}

/** Runs electron-builder for this platform; resolves to the files it made. */
export async function packageApp(options: PackageOptions, standIn = false): Promise<string[]> {
  await writeIcons(join(ROOT, 'build'))
  const platform = Platform.current()
  const targets = options.dir
    ? platform.createTarget(
        platform === Platform.LINUX ? ['dir', ...(options.linuxTargets ?? [])] : ['dir'],
      )
    : platform.createTarget()
  return build({
    projectDir: ROOT,
    targets,
    config: packageConfig(options, standIn),
    publish: 'never',
    ...(options.effectiveOptionComputed
      ? { effectiveOptionComputed: options.effectiveOptionComputed }
      : {}),
  })
}

async function main(argv: string[]): Promise<void> {
  const dir = argv.includes('--dir')
  const found = findElectronBinary()
  let electronDist = found.path ? electronDistOf(found.path) : undefined
  const standIn = !electronDist && dir && process.platform === 'linux'
  if (standIn) {
    console.warn(
      `package: ${found.reason}. Packaging a STAND-IN Electron: the layout is real, the ` +
        'executable is a placeholder that cannot run, and the fuses are not flipped.',
    )
    electronDist = makeStandInElectron()
  }
  try {
    await packageApp({ dir, electronDist }, standIn)
  } finally {
    if (standIn && electronDist) rmSync(electronDist, { recursive: true, force: true })
  }
  if (dir && process.platform === 'linux') {
    const appDir = join(ROOT, 'dist', 'linux-unpacked')
    console.log(`package: dist/linux-unpacked: ${describeSize(appDir, join(appDir, 'resources'))}`)
  }
  if (standIn) console.warn('package: done, with a stand-in Electron (see above).')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2))
}

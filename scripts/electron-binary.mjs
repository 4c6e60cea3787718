// Finds the Electron executable the way the electron package does, without its side effect of
// starting a download when the binary is missing.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** @returns {{ path: string | undefined, reason: string }} */
export function findElectronBinary() {
  let packageDir
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return { path: undefined, reason: 'the electron package is not installed (run npm install)' }
  }
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron'
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const path = override ? join(override, relative) : join(packageDir, 'dist', relative)
  if (existsSync(pathFile) && existsSync(path)) return { path, reason: '' }
  return { path: undefined, reason: `the Electron binary is not installed (no ${path})` }
}

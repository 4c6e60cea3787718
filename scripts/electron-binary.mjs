// Finds the Electron executable the way electron-vite does (ELECTRON_EXEC_PATH, else the electron
// package's path.txt), without the electron package's side effect of starting a download.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export const EXEC_PATH_ENV = 'ELECTRON_EXEC_PATH'

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ path: string | undefined, reason: string, fromEnv: boolean }}
 */
export function findElectronBinary(env = process.env) {
  const chosen = env[EXEC_PATH_ENV]
  if (chosen) {
    if (existsSync(chosen) && statSync(chosen).isFile()) {
      return { path: chosen, reason: '', fromEnv: true }
    }
    return {
      path: undefined,
      reason: `${EXEC_PATH_ENV} is set to ${chosen}, which is not a file`,
      fromEnv: true,
    }
  }
  let packageDir
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return {
      path: undefined,
      reason: 'the electron package is not installed (run npm install)',
      fromEnv: false,
    }
  }
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) {
    return {
      path: undefined,
      reason: `the Electron binary is not installed (no ${pathFile})`,
      fromEnv: false,
    }
  }
  const path = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  if (existsSync(path)) return { path, reason: '', fromEnv: false }
  return {
    path: undefined,
    reason: `the Electron binary is not installed (no ${path})`,
    fromEnv: false,
  }
}

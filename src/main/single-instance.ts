import { createHash } from 'node:crypto'
import { mkdirSync, realpathSync } from 'node:fs'
import { join, resolve } from 'node:path'

export interface LockingApp {
  getPath(name: 'userData'): string
  setPath(name: 'userData' | 'sessionData', path: string): void
  requestSingleInstanceLock(): boolean
}

/** Where the Chromium profiles of journals outside the default folder live. */
export const PROFILES_FOLDER = 'journals'

/** The folder's real path (symlinks and `..` resolved); as given when it does not exist. */
function realFolder(dir: string): string {
  try {
    return realpathSync.native(dir)
  } catch {
    return resolve(dir)
  }
}

/**
 * Chromium's profile (user data, and with it the single-instance lock) for a journal folder:
 * the default user-data folder for the default journal, otherwise a subfolder of it named from a
 * hash of the journal folder's real path. The profile never goes into the journal folder itself:
 * on exFAT, an SMB share without symlinks or a read-only folder Chromium could not hold its lock
 * there, and the app would quit without a word (docs/packaging.md).
 */
export function profileFolder(defaultUserData: string, dataDir: string): string {
  const real = realFolder(dataDir)
  if (real === realFolder(defaultUserData)) return defaultUserData
  const hash = createHash('sha256').update(real).digest('hex').slice(0, 16)
  return join(defaultUserData, PROFILES_FOLDER, hash)
}

/**
 * Takes the single-instance lock for one journal folder, before anything else uses the profile:
 * two journals in two folders then run side by side, and a second start on the same folder hands
 * over to the window already showing it. The journal folder itself is neither created nor
 * written here.
 * @returns false when another instance already has this folder open.
 */
export function lockDataFolder(app: LockingApp, dataDir: string): boolean {
  const defaults = app.getPath('userData')
  const profile = profileFolder(defaults, dataDir)
  if (profile !== defaults) {
    try {
      mkdirSync(profile, { recursive: true })
      app.setPath('userData', profile)
      app.setPath('sessionData', profile)
    } catch {
      // The default folder cannot be written: the lock stays the default one.
    }
  }
  return app.requestSingleInstanceLock()
}

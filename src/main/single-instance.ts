import { mkdirSync } from 'node:fs'

export interface LockingApp {
  getPath(name: 'userData'): string
  setPath(name: 'userData', path: string): void
  requestSingleInstanceLock(): boolean
}

/**
 * Takes the single-instance lock for one journal folder. Electron keeps its lock in the user-data
 * folder, so that folder is moved to the journal's folder first (before anything else uses it):
 * two journals in two folders then run side by side, and a second start on the same folder hands
 * over to the window already showing it.
 * @returns false when another instance already has this folder open.
 */
export function lockDataFolder(app: LockingApp, dataDir: string): boolean {
  if (dataDir !== app.getPath('userData')) {
    try {
      mkdirSync(dataDir, { recursive: true })
      app.setPath('userData', dataDir)
    } catch {
      // An unusable folder: the lock stays the default one and opening the journal says why.
    }
  }
  return app.requestSingleInstanceLock()
}

import { join } from 'node:path'
import type { DomainHandlers } from '../ipc/handler'
import { schemaVersion } from '../db/database'
import { toIsoDate } from '../../shared/dates'
import { AppError } from '../../shared/errors'
import { writeFileAtomic } from '../export/atomic-write'
import { exportBackup, parseBackup } from './backup.repo'
import { readBackupFile } from './backup-file'
import { restoreDiary, rowsFromSnapshot } from './restore'
import { listSnapshots, snapshotDir } from './snapshots'

const FILTERS = [{ name: 'Unknot backup', extensions: ['json'] }]

export const backupHandlers: DomainHandlers<'backup'> = {
  'backup:export': async (_input, { db, services, now }) => {
    const instant = now()
    const path = await services.chooseSavePath({
      title: 'Save a backup of the whole diary',
      defaultName: `unknot-backup-${toIsoDate(instant)}.json`,
      filters: FILTERS,
    })
    if (path === undefined) {
      return { saved: false, message: 'Not saved: no file was chosen, so nothing was written.' }
    }
    try {
      writeFileAtomic(path, `${JSON.stringify(exportBackup(db, instant), null, 1)}\n`)
    } catch {
      throw new AppError(
        'unavailable',
        'The backup could not be written there. Choose another folder.',
      )
    }
    return { saved: true, files: [path] }
  },

  'backup:restore': async (_input, { db, services, now, app, journal }) => {
    const path = await services.chooseOpenPath({
      title: 'Restore the diary from a backup',
      filters: FILTERS,
    })
    if (path === undefined) {
      return {
        restored: false,
        message: 'Nothing restored: no file was chosen. Your diary is unchanged.',
      }
    }
    const rows = parseBackup(readBackupFile(path), schemaVersion(db))
    const result = restoreDiary(db, rows, snapshotDir(app.dataFile), now())
    journal.checkpoint()
    return { restored: true, ...result }
  },

  'backup:listAutomatic': (_input, { app }) => listSnapshots(snapshotDir(app.dataFile)),

  'backup:restoreAutomatic': ({ name }, { db, now, app, journal }) => {
    const dir = snapshotDir(app.dataFile)
    // Only a snapshot the list shows: the name never reaches the file system otherwise.
    const chosen = listSnapshots(dir).find((s) => s.name === name)
    if (!chosen) {
      throw new AppError(
        'not_found',
        'That automatic backup is no longer there. Nothing was changed.',
      )
    }
    const rows = rowsFromSnapshot(join(dir, chosen.name), schemaVersion(db))
    const result = restoreDiary(db, rows, dir, now())
    journal.checkpoint()
    return { restored: true, ...result }
  },
}

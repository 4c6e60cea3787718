import { readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { DomainHandlers } from '../ipc/handler'
import { backupCopy, schemaVersion } from '../db/database'
import { toIsoDate } from '../../shared/dates'
import { AppError } from '../../shared/errors'
import { writeFileAtomic } from '../export/atomic-write'
import { exportBackup, parseBackup, replaceDiary } from './backup.repo'
import { applyDisplaySettings } from '../settings/display-settings'

/** Far beyond ten years of entries (a few MB); anything bigger is not one of our backups. */
const MAX_BACKUP_BYTES = 256 * 1024 * 1024
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

  'backup:restore': async (_input, { db, services, now, app }) => {
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
    let text: string
    try {
      if (statSync(path).size > MAX_BACKUP_BYTES) throw new Error('too large')
      text = readFileSync(path, 'utf8')
    } catch {
      throw new AppError(
        'invalid_input',
        'The backup was not restored: that file could not be read or is far too large to be a backup. Your diary was not changed.',
      )
    }
    const rows = parseBackup(text, schemaVersion(db), toIsoDate(now()))
    // A copy of the diary as it was, in case the person restored the wrong file.
    const safetyCopy = backupCopy(
      db,
      join(dirname(app.dataFile), 'backups'),
      'before-restore',
      now(),
    )
    const counts = replaceDiary(db, rows)
    // The restored settings may name another temperature unit.
    applyDisplaySettings(db, app.locale)
    return { restored: true, counts, safetyCopy }
  },
}

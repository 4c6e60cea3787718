import type { DomainHandlers } from '../ipc/handler'
import { listSnapshots, snapshotDir } from '../backup/snapshots'
import { readBackupFile } from '../backup/backup-file'
import { parseBackup } from '../backup/backup.repo'
import { rowsFromSnapshot } from '../backup/restore'
import { migrations } from '../db/migrations'
import { toIsoDate } from '../../shared/dates'
import { formatDay } from '../../shared/format'
import { AppError } from '../../shared/errors'
import type { JournalStatus } from '../../shared/domain/journal'
import { join } from 'node:path'

export const journalHandlers: DomainHandlers<'journal'> = {
  'journal:status': (_input, { journal }) => journal.status(),
}

const FILTERS = [{ name: 'Unknot backup', extensions: ['json'] }]

function outcome(status: JournalStatus, done: string) {
  return {
    status,
    message: status.state === 'open' ? done : `${done} The journal still cannot be opened.`,
  }
}

function requireUnavailable(status: JournalStatus, action: 'openLatestBackup' | 'restoreFile') {
  if (status.state === 'open' || !status.actions.includes(action)) {
    throw new AppError(
      'conflict',
      'That way out does not fit the journal as it is now; nothing was changed.',
    )
  }
}

export const recoveryHandlers: DomainHandlers<'recovery'> = {
  'recovery:retry': (_input, { journal }) => outcome(journal.retry(), 'Tried again.'),

  'recovery:openLatestBackup': (_input, { journal, app }) => {
    requireUnavailable(journal.status(), 'openLatestBackup')
    const dir = snapshotDir(app.dataFile)
    const latest = listSnapshots(dir)[0]
    if (!latest) throw new AppError('not_found', 'There is no automatic backup to open.')
    const rows = rowsFromSnapshot(join(dir, latest.name), migrations.length)
    return outcome(
      journal.replaceUnusable(rows),
      `The automatic backup of ${formatDay(toIsoDate(new Date(latest.createdAt)))} was restored; the unusable file was set aside beside it.`,
    )
  },

  'recovery:restoreFile': async (_input, { journal, services }) => {
    requireUnavailable(journal.status(), 'restoreFile')
    const path = await services.chooseOpenPath({
      title: 'Restore the diary from a backup',
      filters: FILTERS,
    })
    if (path === undefined) {
      return { status: journal.status(), message: 'Nothing restored: no file was chosen.' }
    }
    const rows = parseBackup(readBackupFile(path), migrations.length)
    return outcome(
      journal.replaceUnusable(rows),
      'The backup was restored; the unusable file was set aside beside it.',
    )
  },

  'recovery:startNew': (_input, { journal }) =>
    outcome(
      journal.startNew(),
      'A new, empty journal was started; the unusable file was set aside beside it.',
    ),

  'recovery:setAsideWal': (_input, { journal }) =>
    outcome(
      journal.setAsideWal(),
      'The file that did not belong to the journal was set aside; the journal opened as it was last saved.',
    ),

  'recovery:quit': (_input, { services }) => {
    services.quit()
    return { quitting: true as const }
  },
}

import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { DataFileError, openDatabase, type DB } from '../db/database'
import { AppError, excerpt } from '../../shared/errors'
import {
  checkBackup,
  datedAheadNotice,
  exportBackup,
  replaceDiary,
  type CheckedBackup,
} from './backup.repo'
import { parseSnapshotName, pruneSnapshots, snapshotJournal } from './snapshots'

/**
 * The rows of an automatic snapshot, through the same checks as a backup file: the snapshot is
 * copied to a private temp folder, opened there (whole, Unknot's, migrated to this version's
 * schema) and read out as a backup made when the snapshot was taken.
 */
export function rowsFromSnapshot(path: string, currentSchema: number): CheckedBackup {
  const name = basename(path)
  const createdAt = parseSnapshotName(name)?.createdAt
  if (createdAt === undefined) {
    throw new AppError('invalid_input', `${excerpt(name)} is not an automatic backup.`)
  }
  const temp = mkdtempSync(join(tmpdir(), 'unknot-restore-'))
  try {
    const copy = join(temp, 'journal.sqlite')
    copyFileSync(path, copy)
    // Migrated in the temp folder: nothing of it is kept, so no copy is taken before migrating.
    const db = openDatabase(copy, { busyTimeoutMs: 1000 })
    try {
      return checkBackup(exportBackup(db, createdAt), currentSchema)
    } finally {
      db.close()
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    const reason =
      error instanceof DataFileError ? error.problem.replaceAll('_', ' ') : 'unreadable'
    throw new AppError(
      'invalid_input',
      `The automatic backup ${name} cannot be restored (${reason}). Your diary was not changed.`,
    )
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

/**
 * Replaces the diary with checked rows: first a verified snapshot of the diary as it was (in
 * case the person chose the wrong file), then every table in one transaction. When the rows are
 * refused after all, the snapshot is removed again: a refusal leaves nothing behind. The notice,
 * when there is one, names entries dated after the day the backup was made.
 */
export function restoreDiary(
  db: DB,
  backup: CheckedBackup,
  backupDir: string,
  now: Date,
): { counts: Record<string, number>; safetyCopy: string; notice?: string } {
  const hadFolder = existsSync(backupDir)
  let safetyCopy: string | undefined
  let counts: Record<string, number>
  try {
    safetyCopy = snapshotJournal(db, backupDir, 'before-restore', now)
    counts = replaceDiary(db, backup.rows)
  } catch (error) {
    // A copy that could not be made (a full disk) leaves no empty folder behind either.
    if (safetyCopy !== undefined) rmSync(safetyCopy, { force: true })
    if (!hadFolder) rmSync(backupDir, { recursive: true, force: true })
    throw error
  }
  pruneSnapshots(backupDir, now, [basename(safetyCopy)])
  const notice = datedAheadNotice(backup.datedAhead)
  return { counts, safetyCopy, ...(notice === undefined ? {} : { notice }) }
}

import { dirname } from 'node:path'
import { DataFileError } from '../db/database'
import { isTransientIoError } from '../db/data-file-error'
import { isDiskFull } from '../db/disk-full'
import type { JournalProblem, RepairAction } from '../../shared/domain/journal'
import { excerpt } from '../../shared/errors'
import { errorCode } from '../error-code'

/** The ways out that fit each problem. Nothing offered restores over a healthy journal. */
export const ACTIONS: Record<JournalProblem, readonly RepairAction[]> = {
  locked: ['retry', 'quit'],
  read_only: ['retry', 'quit'],
  unreadable: ['retry', 'quit'],
  disk_full: ['retry', 'quit'],
  too_new: ['quit'],
  stray_wal: ['setAsideWal', 'quit'],
  rewound: ['setAsideWal', 'quit'],
  damaged_wal: ['setAsideDamagedWal', 'openLatestBackup', 'quit'],
  is_directory: ['openLatestBackup', 'restoreFile', 'startNew', 'quit'],
  not_a_database: ['openLatestBackup', 'restoreFile', 'startNew', 'quit'],
  not_ours: ['openLatestBackup', 'restoreFile', 'startNew', 'quit'],
  damaged: ['openLatestBackup', 'restoreFile', 'startNew', 'quit'],
}

/** A cause for an error openJournal did not name itself (a failing disk, a failed migration). */
export function classify(
  file: string,
  error: unknown,
): { problem: JournalProblem; message: string } {
  if (error instanceof DataFileError) return { problem: error.problem, message: error.message }
  const c = errorCode(error)
  const detail = excerpt(error instanceof Error ? error.message : String(error))
  if (c.startsWith('SQLITE_BUSY') || c.startsWith('SQLITE_LOCKED')) {
    return {
      problem: 'locked',
      message: `Another program is using ${file}. Close it and try again; nothing was changed.`,
    }
  }
  if (isDiskFull(error, dirname(file))) {
    return {
      problem: 'disk_full',
      message: `The disk holding ${file} is full: Unknot needs some room beside the journal to open it. Free some space and try again; the journal was left untouched.`,
    }
  }
  if (c.startsWith('SQLITE_READONLY') || c === 'EROFS') {
    return { problem: 'read_only', message: `${file} cannot be written (${detail}).` }
  }
  if (isTransientIoError(error)) {
    return {
      problem: 'unreadable',
      message: `${file} could not be read just now (${detail}): the disk or network drive did not answer. Check that it is connected and try again; the journal was left untouched.`,
    }
  }
  if (c === 'EACCES' || c === 'EPERM' || c.startsWith('SQLITE_CANTOPEN')) {
    return { problem: 'unreadable', message: `${file} cannot be opened (${detail}).` }
  }
  return {
    problem: 'damaged',
    message: `${file} could not be opened (${detail}). It was left untouched.`,
  }
}

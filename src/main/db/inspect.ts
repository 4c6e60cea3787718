import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { DataFileError, isTransientIoError } from './data-file-error'
import { UNKNOT_APPLICATION_ID } from './migrations/003-application-id'
import { header, journalImage, pageSizeOf, sizeFromHeader } from './journal-image'
import { describe } from './describe-image'
import { checkWal, damagedWal } from './wal-check'
import { scanWal } from './wal-scan'
import { formatDay } from '../../shared/format'
import { toIsoDate } from '../../shared/dates'

const SQLITE_HEADER = 'SQLite format 3\0'
/** Ten years of diary take about 5 MB; an unmarked file far bigger is not an old journal. */
const MAX_UNMARKED_BYTES = 256 * 1024 * 1024

export interface Inspected {
  /** A file is there (perhaps empty). */
  present: boolean
  /** Nothing in it yet: a new journal will be created. */
  blank: boolean
  /** A non-empty `-wal` beside the journal, checked and found to belong to it. */
  hasWal: boolean
}

/** The newest automatic backup that holds entries: how many, and when it was made (ISO). */
export interface BackupWithEntries {
  entries: number
  createdAt: string
}

export interface InspectOptions {
  /**
   * Finds the newest automatic backup holding entries (backup/ knows where they are and how to
   * read them), so an emptied journal is told from a new one.
   */
  newestBackupWithEntries?: (() => BackupWithEntries | undefined) | undefined
}

/**
 * Decides, from copies in memory, whether `file` may be opened as the journal; throws a
 * DataFileError naming the cause otherwise. Neither the file nor its folder is changed.
 */
export function inspectJournal(
  file: string,
  latest: number,
  options: InspectOptions = {},
): Inspected {
  const wal = `${file}-wal`
  const stat = statSync(file, { throwIfNoEntry: false })
  if (stat === undefined) {
    // A WAL without its journal is someone else's leftover; SQLite would adopt it.
    if ((statSync(wal, { throwIfNoEntry: false })?.size ?? 0) > 0) {
      throw new DataFileError(
        'stray_wal',
        `There is no journal at ${file}, but a file named ${basename(wal)} lies there; a new journal would take it in. It was left untouched.`,
      )
    }
    return { present: false, blank: true, hasWal: false }
  }
  if (stat.isDirectory()) {
    throw new DataFileError(
      'is_directory',
      `${file} is a folder, not a journal file. It was left untouched.`,
    )
  }
  if (!stat.isFile()) {
    throw new DataFileError(
      'not_a_database',
      `${file} is not an Unknot journal (it is not a regular file, so not a SQLite database). It was left untouched.`,
    )
  }
  let head: Buffer
  try {
    head = header(file)
  } catch (error) {
    // A disk that did not answer is told apart by the journal session, with Retry.
    if (isTransientIoError(error)) throw error
    throw new DataFileError(
      'unreadable',
      `${file} cannot be read: this user account may not open it. It was left untouched.`,
    )
  }
  const walStat = statSync(wal, { throwIfNoEntry: false })
  if (walStat !== undefined && !walStat.isFile()) {
    // A folder or special file under the WAL's name: SQLite could not open the journal at all.
    throw new DataFileError(
      'stray_wal',
      `${basename(wal)} beside ${file} is not the journal's own file (it is a folder or a special file). Both were left untouched.`,
    )
  }
  const walSize = walStat?.size ?? 0
  if (stat.size === 0 && walSize === 0) {
    // An emptied file (a sync tool, a full disk) beside backups of a real journal is damage:
    // opening it as a new journal would hide the loss and rotate the good backups away.
    const backup = options.newestBackupWithEntries?.()
    if (backup !== undefined) {
      throw new DataFileError(
        'damaged',
        `${file} is empty (0 bytes), but the automatic backups beside it hold your journal: ` +
          `the newest with entries, from ${formatDay(toIsoDate(new Date(backup.createdAt)))}, ` +
          `has ${backup.entries} ${backup.entries === 1 ? 'entry' : 'entries'}. It was left untouched.`,
      )
    }
    return { present: true, blank: true, hasWal: false }
  }
  if (stat.size > 0 && head.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw new DataFileError(
      'not_a_database',
      `${file} is not an Unknot journal (it is not a SQLite database). It was left untouched.`,
    )
  }
  if (stat.size > 0 && head.length < 100) {
    throw new DataFileError('damaged', `${file} is damaged: it ends inside its header.`)
  }
  const expected = walSize === 0 && stat.size > 0 ? sizeFromHeader(head) : undefined
  // With a WAL the header may be ahead of the file during a checkpoint; the WAL completes it.
  if (expected !== undefined && stat.size < expected) {
    throw new DataFileError(
      'damaged',
      `${file} is damaged: it is cut short (${stat.size} of the ${expected} bytes its header gives). It was left untouched.`,
    )
  }
  const appId = stat.size > 0 ? head.readUInt32BE(68) : 0
  if (
    (appId !== 0 && appId !== UNKNOT_APPLICATION_ID) ||
    (appId === 0 && stat.size > MAX_UNMARKED_BYTES)
  ) {
    throw notOurs(file)
  }

  const alone = stat.size > 0 ? describe(journalImage(file, false), latest) : undefined
  if (alone?.kind === 'foreign') throw notOurs(file)
  let seen = alone
  if (walSize > 0) {
    const scan = scanWal(readFileSync(wal), pageSizeOf(head))
    // SQLite would ignore the whole WAL, with every change in it.
    if (!scan.headerOk && scan.damaged) {
      throw damagedWal(file, scan, stat.size > 0 ? journalImage(file, false) : undefined)
    }
    const image = journalImage(file, true)
    seen = describe(image, latest)
    checkWal(file, alone, seen)
    if (scan.damaged) throw damagedWal(file, scan, image)
  }
  if (seen === undefined || seen.kind === 'blank') {
    return { present: true, blank: true, hasWal: walSize > 0 }
  }
  if (seen.kind === 'foreign') throw notOurs(file)
  if (seen.kind === 'damaged') {
    throw new DataFileError(
      'damaged',
      `${file} is damaged and cannot be read safely (${seen.detail}). It was left untouched.`,
    )
  }
  if (seen.version > latest) {
    throw new DataFileError(
      'too_new',
      `${file} was written by a newer version of Unknot (schema ${seen.version}; this version ` +
        `understands up to ${latest}). It was left untouched; update Unknot to open it.`,
    )
  }
  return { present: true, blank: false, hasWal: walSize > 0 }
}

function notOurs(file: string): DataFileError {
  return new DataFileError(
    'not_ours',
    `${file} is a database of another program, not an Unknot journal. It was left untouched.`,
  )
}

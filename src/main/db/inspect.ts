import type Database from 'better-sqlite3'
import { openSqlite } from './sqlite'
import {
  closeSync,
  copyFileSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { excerpt } from '../../shared/errors'
import { DataFileError, isTransientIoError } from './data-file-error'
import { migration003, UNKNOT_APPLICATION_ID } from './migrations/003-application-id'
import { readMarker, type WriteMarker } from './write-marker'
import { entryCount } from './entries'
import { scanWal, type WalScan } from './wal-scan'
import { listSnapshots } from '../backup/snapshots'
import { formatDay, formatDayTime } from '../../shared/format'
import { toIsoDate } from '../../shared/dates'

const SQLITE_HEADER = 'SQLite format 3\0'
/** An Unknot journal from before application ids had these tables (migration 001). */
const FIRST_TABLES = ['episodes', 'checkins', 'checkin_symptoms', 'treatments', 'settings']
/** Ten years of diary take about 5 MB; an unmarked file far bigger is not an old journal. */
const MAX_UNMARKED_BYTES = 256 * 1024 * 1024

type Kind = 'blank' | 'ours' | 'unmarked_ours' | 'foreign' | 'damaged'

interface Described {
  kind: Kind
  version: number
  marker: WriteMarker | undefined
  /** For a damaged image: SQLite's own words, shortened. */
  detail: string
}

export interface Inspected {
  /** A file is there (perhaps empty). */
  present: boolean
  /** Nothing in it yet: a new journal will be created. */
  blank: boolean
  /** A non-empty `-wal` beside the journal, checked and found to belong to it. */
  hasWal: boolean
}

function header(file: string): Buffer {
  const fd = openSync(file, 'r')
  try {
    const buf = Buffer.alloc(100)
    const read = readSync(fd, buf, 0, buf.length, 0)
    return buf.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

/** SQLite refuses a WAL-mode image in memory; bytes 18-19 say "rollback journal" instead. */
function asMemoryImage(bytes: Buffer): Buffer {
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1
    bytes[19] = 1
  }
  return bytes
}

/**
 * The journal as SQLite would see it, as bytes in memory, without touching the file or its
 * folder: the file alone, or, with its `-wal`, the file after replaying that WAL in a private
 * temp folder.
 */
export function journalImage(file: string, withWal: boolean): Buffer {
  if (!withWal) return asMemoryImage(readFileSync(file))
  const temp = mkdtempSync(join(tmpdir(), 'unknot-open-'))
  try {
    const copy = join(temp, basename(file))
    copyFileSync(file, copy)
    copyFileSync(`${file}-wal`, `${copy}-wal`)
    const db = openSqlite(copy)
    try {
      return asMemoryImage(db.serialize())
    } finally {
      db.close()
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

/** A file SQLite could not open or read through: damaged, with what SQLite said. */
const unreadable = (error: unknown): Described => ({
  kind: 'damaged',
  version: 0,
  marker: undefined,
  detail: excerpt(error instanceof Error ? error.message : String(error)),
})

function describe(image: Buffer, latest: number): Described {
  let db: Database.Database
  try {
    db = openSqlite(image)
  } catch (error) {
    return unreadable(error)
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number
    const version = db.pragma('user_version', { simple: true }) as number
    const tables = db
      .prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .pluck()
      .all()
    const kind: Kind =
      appId === UNKNOT_APPLICATION_ID
        ? 'ours'
        : appId !== 0
          ? 'foreign'
          : tables.length === 0 && version === 0
            ? 'blank'
            : version >= 1 &&
                version < migration003.version &&
                FIRST_TABLES.every((t) => tables.includes(t))
              ? 'unmarked_ours'
              : 'foreign'
    if (kind === 'foreign') return { kind, version, marker: undefined, detail: '' }
    // A newer journal may hold tables this version cannot judge; its own check is its app's.
    if (version > latest) return { kind, version, marker: undefined, detail: '' }
    const problems = db.prepare<[], string>('PRAGMA integrity_check(3)').pluck().all()
    if (problems.length !== 1 || problems[0] !== 'ok') {
      return { kind: 'damaged', version, marker: undefined, detail: excerpt(problems.join('; ')) }
    }
    return { kind, version, marker: kind === 'ours' ? readMarker(db) : undefined, detail: '' }
  } catch (error) {
    return unreadable(error)
  } finally {
    db.close()
  }
}

/** The page size a database header gives (bytes 16-17; 1 stands for 65536). */
function pageSizeOf(head: Buffer): number | undefined {
  if (head.length < 100) return undefined
  const raw = head.readUInt16BE(16)
  return raw === 1 ? 65536 : raw
}

/**
 * The size the header says the file has, when it can be trusted: SQLite counts the pages in the
 * header only while the change counter (bytes 24-27) equals "version valid for" (92-95).
 */
function sizeFromHeader(head: Buffer): number | undefined {
  const pageSize = pageSizeOf(head)
  if (pageSize === undefined || head.readUInt32BE(24) !== head.readUInt32BE(92)) return undefined
  const pages = head.readUInt32BE(28)
  return pages > 0 ? pages * pageSize : undefined
}

/** When the newest change in a journal image was saved (its rows' `updated_at`), if any. */
function lastChangeIn(image: Buffer | undefined): Date | undefined {
  if (image === undefined) return undefined
  let db: Database.Database
  try {
    db = openSqlite(image)
  } catch {
    return undefined
  }
  try {
    const tables = db
      .prepare<[], string>(
        `SELECT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c
         WHERE m.type = 'table' AND c.name = 'updated_at'`,
      )
      .pluck()
      .all()
    let newest: string | undefined
    for (const table of tables) {
      const at = db
        .prepare<[], string | null>(`SELECT max(updated_at) FROM "${table.replaceAll('"', '""')}"`)
        .pluck()
        .get()
      if (typeof at === 'string' && (newest === undefined || at > newest)) newest = at
    }
    const when = newest === undefined ? undefined : new Date(newest)
    return when && !Number.isNaN(when.getTime()) ? when : undefined
  } catch {
    return undefined
  } finally {
    db.close()
  }
}

function damagedWal(file: string, scan: WalScan, readable: Buffer | undefined): DataFileError {
  const wal = basename(`${file}-wal`)
  const when = lastChangeIn(readable) ?? statSync(file).mtime
  const n = scan.unreadableCommits
  const lost =
    n === 0
      ? `Changes saved after ${formatDayTime(when)} cannot be read.`
      : `${n} ${n === 1 ? 'change' : 'changes'} after ${formatDayTime(when)} cannot be read.`
  return new DataFileError(
    'damaged_wal',
    `The journal's log of recent changes (${wal}) is damaged. ${lost} ${file} and ${wal} were left untouched.`,
  )
}

/**
 * The newest automatic backup in `backupDir` that holds entries, read from a copy in memory
 * (nothing is written beside it). Backups named as copies of an empty journal are skipped.
 */
function backupWithEntries(
  backupDir: string,
): { entries: number; createdAt: string; name: string } | undefined {
  for (const backup of listSnapshots(backupDir)) {
    if (backup.empty) continue
    const entries = describeEntries(join(backupDir, backup.name))
    if (entries > 0) return { entries, createdAt: backup.createdAt, name: backup.name }
  }
  return undefined
}

function describeEntries(path: string): number {
  try {
    const db = openSqlite(journalImage(path, false))
    try {
      return entryCount(db)
    } finally {
      db.close()
    }
  } catch {
    return 0
  }
}

export interface InspectOptions {
  /** The automatic backups beside the journal: an emptied journal is told from a new one. */
  backupDir?: string
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
    const backup =
      options.backupDir === undefined ? undefined : backupWithEntries(options.backupDir)
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

/**
 * A WAL replays pages over the file without knowing whose they are. It belongs here only when
 * the journal it produces is this journal (same id) at the same or a later write (generation).
 */
function checkWal(file: string, alone: Described | undefined, seen: Described): void {
  const wal = basename(`${file}-wal`)
  const stray = new DataFileError(
    'stray_wal',
    `The file ${wal} beside ${file} does not belong to it: opening them together would replace the journal's entries. Both were left untouched.`,
  )
  if (alone === undefined || alone.kind === 'blank') return
  if (alone.kind === 'damaged') return // Only the WAL can make it whole; judged as a whole.
  if (seen.kind === 'foreign' || seen.kind === 'blank') throw stray
  if (seen.kind === 'damaged') throw stray
  if (alone.marker === undefined) return // A journal from before the marker: nothing to compare.
  if (seen.marker === undefined || seen.marker.journalId !== alone.marker.journalId) throw stray
  if (seen.marker.generation < alone.marker.generation) {
    throw new DataFileError(
      'rewound',
      `The file ${wal} beside ${file} holds an older state of the journal: opening them together would undo entries it already has. Both were left untouched.`,
    )
  }
}

import type Database from 'better-sqlite3'
import { statSync } from 'node:fs'
import { basename } from 'node:path'
import { openSqlite } from './sqlite'
import { DataFileError } from './data-file-error'
import type { Described } from './describe-image'
import type { WalScan } from './wal-scan'
import { formatDayTime } from '../../shared/format'

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

/**
 * The refusal for a `-wal` with damaged frames, saying since when changes are lost: the newest
 * change the readable image holds, else the file's own modification time.
 */
export function damagedWal(
  file: string,
  scan: WalScan,
  readable: Buffer | undefined,
): DataFileError {
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
 * A WAL replays pages over the file without knowing whose they are. It belongs here only when
 * the journal it produces is this journal (same id) at the same or a later write (generation).
 */
export function checkWal(file: string, alone: Described | undefined, seen: Described): void {
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

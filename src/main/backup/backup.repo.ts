import { z } from 'zod'
import type { DB } from '../db/database'
import { relinkEntries } from '../episodes/episode-links'
import { schemaVersion } from '../db/database'
import { toIsoDate } from '../../shared/dates'
import { AppError, excerpt, type FieldIssue } from '../../shared/errors'
import type { Table as BackupTable } from '../db/table'
import { BACKUP_TABLES } from './backup.tables'
import { errorCode } from '../error-code'

export const BACKUP_FORMAT = 'unknot-backup'
/** Bumped when the file's layout changes in a way older readers cannot follow. */
export const BACKUP_FORMAT_VERSION = 1

export interface BackupFile {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  /** The diary's schema version (PRAGMA user_version) when it was exported. */
  schemaVersion: number
  exportedAt: string
  tables: Record<string, Record<string, unknown>[]>
}

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().nonnegative(),
  exportedAt: z.iso.datetime({ offset: true }),
  tables: z.record(z.string(), z.array(z.unknown())),
})

/** Every row of every backed-up table, in primary-key order. */
export function exportBackup(db: DB, now: Date, tables = BACKUP_TABLES): BackupFile {
  const out: BackupFile['tables'] = {}
  for (const t of tables) {
    out[t.name] = db
      .prepare<[], Record<string, unknown>>(
        `SELECT ${t.columns.map((c) => `"${c}"`).join(', ')} FROM "${t.name}" ORDER BY 1, 2`,
      )
      .all()
  }
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: schemaVersion(db),
    exportedAt: now.toISOString(),
    tables: out,
  }
}

function refuse(reason: string, issues?: FieldIssue[]): AppError {
  return new AppError(
    'invalid_input',
    `The backup was not restored: ${reason} Your diary was not changed.`,
    issues,
  )
}

const MAX_ISSUES = 20

/** A UTF-8 byte order mark, which Windows editors put at the start of a saved file. */
const BOM = '\uFEFF'

/**
 * Reads a backup file's text and checks every record against its table's row schema. Throws a
 * clear refusal for damaged JSON, another file format, a newer format or schema, an unknown
 * table, or any record out of range; returns the rows ready to insert.
 */
export function parseBackup(
  text: string,
  currentSchema: number,
  tables: readonly BackupTable[] = BACKUP_TABLES,
): Record<string, Record<string, unknown>[]> {
  let json: unknown
  try {
    json = JSON.parse(text.startsWith(BOM) ? text.slice(1) : text)
  } catch {
    throw refuse('the file is damaged or is not a backup (it is not readable JSON).')
  }
  return checkBackup(json, currentSchema, tables)
}

/**
 * Checks a backup already read (a file's JSON, or the rows of an automatic snapshot): the same
 * checks, record by record, whatever it came from. Entries are judged against the day the
 * backup was made, not today: a backup made while the clock ran ahead restores once it is
 * right, and one made while it ran behind cannot smuggle in dates after its own.
 */
export function checkBackup(
  json: unknown,
  currentSchema: number,
  tables: readonly BackupTable[] = BACKUP_TABLES,
): Record<string, Record<string, unknown>[]> {
  const head = z.object({ format: z.unknown(), formatVersion: z.unknown() }).safeParse(json)
  if (!head.success || head.data.format !== BACKUP_FORMAT) {
    throw refuse('the file is not an Unknot backup.')
  }
  const version = head.data.formatVersion
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    throw refuse(
      `it was made by a newer version of Unknot (backup format ${version}; this version reads format ${BACKUP_FORMAT_VERSION}). Update Unknot to restore it.`,
    )
  }
  if (version !== BACKUP_FORMAT_VERSION) {
    throw refuse(
      `its format version (${excerpt(`${JSON.stringify(version) as string | undefined}`, 20)}) is not one Unknot knows.`,
    )
  }
  const envelope = envelopeSchema.safeParse(json)
  if (!envelope.success) throw refuse('the file is damaged (its header or table list is missing).')
  const file = envelope.data
  if (file.schemaVersion > currentSchema) {
    throw refuse(
      `it comes from a newer diary (schema ${file.schemaVersion}; this version understands up to ${currentSchema}). Update Unknot to restore it.`,
    )
  }
  const madeOn = toIsoDate(new Date(file.exportedAt))
  const known = new Set(tables.map((t) => t.name))
  const unknown = Object.keys(file.tables).filter((name) => !known.has(name))
  if (unknown.length > 0) {
    const names = unknown.slice(0, 3).map((name) => excerpt(name, 40))
    const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : ''
    throw refuse(`it holds tables this version does not know (${names.join(', ')}${more}).`)
  }

  const issues: FieldIssue[] = []
  let problems = 0
  const out: Record<string, Record<string, unknown>[]> = {}
  for (const t of tables) {
    const rows = file.tables[t.name]
    if (rows === undefined && t.optional) {
      out[t.name] = []
      continue
    }
    if (rows === undefined) {
      issues.push({ path: `tables.${t.name}`, message: `The ${t.name} table is missing.` })
      problems++
      continue
    }
    const parsed: Record<string, unknown>[] = []
    rows.forEach((row, index) => {
      const result = t.row.safeParse(row)
      // The app never records the future; a backup that does was edited, and its episodes
      // would count negative days.
      const future = result.success
        ? t.dates.find(
            (col) => typeof result.data[col] === 'string' && result.data[col].slice(0, 10) > madeOn,
          )
        : undefined
      if (result.success && future === undefined) {
        parsed.push(result.data)
        return
      }
      problems++
      if (issues.length >= MAX_ISSUES) return
      if (future !== undefined) {
        issues.push({
          path: `tables.${t.name}.${index}.${future}`,
          message: `${t.name} record ${index + 1}, ${future}: is after the day the backup was made (${madeOn})`,
        })
      } else if (!result.success) {
        for (const issue of result.error.issues.slice(0, MAX_ISSUES - issues.length)) {
          const field = excerpt(issue.path.map(String).join('.'), 40)
          issues.push({
            path: `tables.${t.name}.${index}${field ? `.${field}` : ''}`,
            message: `${t.name} record ${index + 1}${field ? `, ${field}` : ''}: ${excerpt(issue.message)}`,
          })
        }
      }
    })
    out[t.name] = parsed
  }
  const first = issues[0]
  if (first) {
    const more = problems > 1 ? ` (and ${problems - 1} more problem${problems > 2 ? 's' : ''})` : ''
    throw refuse(`${first.message}${more}.`, issues)
  }
  return out
}

/**
 * Replaces the diary with the parsed rows in one transaction: every table is emptied (children
 * first) and refilled (parents first). A constraint the rows break together (a check-in pointing
 * at a missing episode, two mornings on one date) rolls everything back.
 */
export function replaceDiary(
  db: DB,
  rows: Record<string, Record<string, unknown>[]>,
  tables: readonly BackupTable[] = BACKUP_TABLES,
): Record<string, number> {
  const counts: Record<string, number> = {}
  try {
    db.transaction(() => {
      for (const t of [...tables].reverse()) db.prepare(`DELETE FROM "${t.name}"`).run()
      for (const t of tables) {
        const insert = db.prepare(
          `INSERT INTO "${t.name}" (${t.columns.map((c) => `"${c}"`).join(', ')})
           VALUES (${t.columns.map((c) => `@${c}`).join(', ')})`,
        )
        const list = rows[t.name] ?? []
        for (const row of list) insert.run(row)
        counts[t.name] = list.length
      }
      // Links follow dates, as after any episode change, whatever the file said.
      relinkEntries(db)
    })()
  } catch (error) {
    if (error instanceof Error && error.name === 'SqliteError' && !troubleWithTheDisk(error)) {
      throw refuse(`its records do not fit together (${excerpt(error.message)}).`)
    }
    throw error
  }
  return counts
}

/** A full, failing, locked or read-only disk is not the backup's fault: its caller says which. */
function troubleWithTheDisk(error: Error): boolean {
  const code = errorCode(error)
  return ['SQLITE_FULL', 'SQLITE_IOERR', 'SQLITE_BUSY', 'SQLITE_READONLY'].some((c) =>
    code.startsWith(c),
  )
}

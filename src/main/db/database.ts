import { openSqlite, type DB } from './sqlite'
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DataFileError } from './data-file-error'
import type { Migration } from './migrations/migration'
import { migrations as allMigrations } from './migrations'
import { inspectJournal, type BackupWithEntries } from './inspect'
import { journalImage } from './journal-image'
import { ensureWriteMarkers } from './write-marker'
import { errorCode } from '../error-code'

export type { DB } from './sqlite'

export { DataFileError } from './data-file-error'

/** How long a write waits for another program's lock before the journal is called locked. */
export const BUSY_TIMEOUT_MS = 5000

export interface OpenOptions {
  migrations?: readonly Migration[]
  /**
   * Given an existing journal just before pending migrations change it: the journal session
   * takes its pre-migration snapshot here. A throw stops the opening, nothing migrated.
   */
  beforeMigrating?: (db: DB) => void
  /** The automatic backups' say on an empty file (see InspectOptions in inspect.ts). */
  newestBackupWithEntries?: () => BackupWithEntries | undefined
  /** Busy timeout, set before the first read (tests shorten it). */
  busyTimeoutMs?: number
  /** Open a journal that cannot be written read-only instead of refusing it. */
  allowReadOnly?: boolean
  /**
   * Create the journal's folder when it is missing (the default folder). A folder the person
   * chose is never created: an unmounted drive must not become a new, empty journal.
   */
  createFolder?: boolean
}

export interface OpenedJournal {
  db: DB
  /** Set when the journal could only be opened read-only; says why, for the window. */
  readOnlyReason: string | undefined
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK)
    return true
  } catch {
    return false
  }
}

/**
 * Opens (or creates) the journal after proving it is Unknot's, whole, not from a newer app, and
 * not about to be rewritten by a `-wal` file that does not belong to it; then sets the pragmas
 * and runs pending migrations. Every refusal happens before anything is written to the file or
 * beside it. A journal that cannot be written opens read-only (`allowReadOnly`), from memory.
 */
export function openJournal(file: string, options: OpenOptions = {}): OpenedJournal {
  const migrations = options.migrations ?? allMigrations
  const timeout = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS
  const dir = dirname(file)
  if (options.createFolder === false && !existsSync(dir)) {
    throw new DataFileError(
      'unreadable',
      `The folder ${dir} is not there (a drive not connected, or a folder moved or renamed). Connect it and try again; Unknot did not start a new, empty journal in its place.`,
    )
  }
  try {
    mkdirSync(dir, { recursive: true })
  } catch {
    throw new DataFileError(
      'read_only',
      `The folder ${dir} cannot be created, so the journal cannot be kept there.`,
    )
  }

  const inspected = inspectJournal(file, migrations.length, {
    newestBackupWithEntries: options.newestBackupWithEntries,
  })
  const readOnlyReason = !canWrite(dir)
    ? `the folder ${dir} is read-only`
    : inspected.present && !canWrite(file)
      ? `the file ${file} is read-only`
      : undefined

  if (readOnlyReason !== undefined) {
    if (inspected.blank) {
      throw new DataFileError(
        'read_only',
        `The folder ${dir} is read-only, so a new journal cannot be created there.`,
      )
    }
    if (!options.allowReadOnly) {
      throw new DataFileError('read_only', `The journal cannot be saved to: ${readOnlyReason}.`)
    }
    return { db: openReadOnly(file, inspected.hasWal, migrations), readOnlyReason }
  }

  const db = openSqlite(file, { timeout })
  try {
    try {
      // A write lock held elsewhere shows here, not as a failed save later.
      db.prepare('BEGIN IMMEDIATE').run()
      db.prepare('ROLLBACK').run()
    } catch (error) {
      if (errorCode(error).startsWith('SQLITE_BUSY') || errorCode(error) === 'SQLITE_LOCKED') {
        throw new DataFileError(
          'locked',
          `Another program is using ${file}. Close it, or wait for it to finish, and try again; nothing was changed.`,
        )
      }
      throw error
    }
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = FULL')
    db.pragma(`busy_timeout = ${timeout}`)
    // A clean journal never keeps a large WAL: it is truncated back to this after checkpoints.
    db.pragma('journal_size_limit = 4194304')
    migrate(db, migrations, options.beforeMigrating)
    return { db, readOnlyReason: undefined }
  } catch (error) {
    db.close()
    throw error
  }
}

/** Opens the journal for reading and writing; a read-only one is refused as `read_only`. */
export function openDatabase(file: string, options: OpenOptions = {}): DB {
  return openJournal(file, { ...options, allowReadOnly: false }).db
}

/**
 * A read-only journal is served from a copy in memory: SQLite cannot open a WAL journal on a
 * read-only disk, and an older schema can be brought up to date there without writing the file.
 */
function openReadOnly(file: string, hasWal: boolean, migrations: readonly Migration[]): DB {
  const db = openSqlite(journalImage(file, hasWal))
  try {
    db.pragma('foreign_keys = ON')
    // Brought up to date in memory only: the file is not changed, so nothing is copied first.
    if (schemaVersion(db) < migrations.length) migrate(db, migrations)
    // Every write now fails with SQLITE_READONLY, which the journal guard turns into `read_only`.
    db.pragma('query_only = ON')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

export function schemaVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Applies every pending migration in one transaction and records the version in
 * `user_version`; either all of them land or none. An existing diary is handed to
 * `beforeMigrating` first (where the journal session copies it aside).
 */
export function migrate(
  db: DB,
  migrations: readonly Migration[],
  beforeMigrating?: (db: DB) => void,
): number {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) {
      throw new Error(`Migration ${m.name} has version ${m.version}; expected ${index + 1}.`)
    }
  })
  const current = schemaVersion(db)
  const pending = migrations.filter((m) => m.version > current)
  if (pending.length === 0) return current
  if (current > 0) beforeMigrating?.(db)
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    }
    ensureWriteMarkers(db)
  })()
  return schemaVersion(db)
}

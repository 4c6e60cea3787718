import { openSqlite, type DB } from './sqlite'
import { accessSync, constants, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { DataFileError } from './data-file-error'
import type { Migration } from './migrations/migration'
import { migrations as allMigrations } from './migrations'
import { inspectJournal, journalImage } from './inspect'
import { ensureWriteMarkers } from './write-marker'
import { snapshotJournal } from '../backup/snapshots'
import { errorCode } from '../error-code'

export type { DB } from './sqlite'

export { DataFileError } from './data-file-error'

/** How long a write waits for another program's lock before the journal is called locked. */
export const BUSY_TIMEOUT_MS = 5000

export interface OpenOptions {
  migrations?: readonly Migration[]
  /** Where copies made before a migration go; defaults to `backups/` beside the file. */
  backupDir?: string
  now?: () => Date
  /** Busy timeout, set before the first read (tests shorten it). */
  busyTimeoutMs?: number
  /** Open a journal that cannot be written read-only instead of refusing it. */
  allowReadOnly?: boolean
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
  try {
    mkdirSync(dir, { recursive: true })
  } catch {
    throw new DataFileError(
      'read_only',
      `The folder ${dir} cannot be created, so the journal cannot be kept there.`,
    )
  }

  const inspected = inspectJournal(file, migrations.length)
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
    migrate(db, migrations, {
      backupDir: options.backupDir ?? join(dir, 'backups'),
      now: options.now ?? (() => new Date()),
    })
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
    if (schemaVersion(db) < migrations.length)
      migrate(db, migrations, { backupDir: '', now: () => new Date() })
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
 * `user_version`; either all of them land or none. An existing diary is copied first (into
 * `backupDir`; an empty one means the diary lives in memory and has no folder to copy to).
 */
export function migrate(
  db: DB,
  migrations: readonly Migration[],
  options: { backupDir: string; now: () => Date },
): number {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) {
      throw new Error(`Migration ${m.name} has version ${m.version}; expected ${index + 1}.`)
    }
  })
  const current = schemaVersion(db)
  const pending = migrations.filter((m) => m.version > current)
  if (pending.length === 0) return current
  if (current > 0 && options.backupDir !== '') {
    snapshotJournal(db, options.backupDir, 'before-migration', options.now())
  }
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    }
    ensureWriteMarkers(db)
  })()
  return schemaVersion(db)
}

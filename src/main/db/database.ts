import Database from 'better-sqlite3'
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Migration } from './migrations/migration'
import { migrations as allMigrations } from './migrations'

export type DB = Database.Database

export type DataFileProblem = 'not_a_database' | 'too_new' | 'damaged'

/** The journal file cannot be used. The message says why and that nothing was changed. */
export class DataFileError extends Error {
  readonly problem: DataFileProblem
  constructor(problem: DataFileProblem, message: string) {
    super(message)
    this.name = 'DataFileError'
    this.problem = problem
  }
}

const SQLITE_HEADER = 'SQLite format 3\0'

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r')
  try {
    const buf = Buffer.alloc(SQLITE_HEADER.length)
    const read = readSync(fd, buf, 0, buf.length, 0)
    return read === buf.length && buf.toString('latin1') === SQLITE_HEADER
  } finally {
    closeSync(fd)
  }
}

export interface OpenOptions {
  migrations?: readonly Migration[]
  /** Where copies made before a migration go; defaults to `backups/` beside the file. */
  backupDir?: string
  now?: () => Date
  /** better-sqlite3's addon file; a packaged app loads it from `app.asar.unpacked`. */
  nativeBinding?: string | undefined
}

/**
 * Opens (or creates) the journal, checks it is ours and not from a newer app, sets the pragmas
 * and runs pending migrations. Every refusal happens before anything is written to the file.
 */
export function openDatabase(file: string, options: OpenOptions = {}): DB {
  const migrations = options.migrations ?? allMigrations
  const latest = migrations.length
  mkdirSync(dirname(file), { recursive: true })

  if (existsSync(file) && statSync(file).size > 0 && !hasSqliteHeader(file)) {
    throw new DataFileError(
      'not_a_database',
      `${file} is not an Unknot journal (it is not a SQLite database). It was left untouched; ` +
        'move it away or choose another data folder.',
    )
  }

  const db = new Database(
    file,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  )
  try {
    let version: number
    try {
      version = db.pragma('user_version', { simple: true }) as number
      const check = db.pragma('quick_check(1)', { simple: true }) as string
      if (check !== 'ok') throw new Error(check)
    } catch (cause) {
      throw new DataFileError(
        'damaged',
        `${file} is damaged and cannot be read (${(cause as Error).message}). ` +
          'It was left untouched; restore it from a backup.',
      )
    }
    if (version > latest) {
      throw new DataFileError(
        'too_new',
        `${file} was written by a newer version of Unknot (schema ${version}; this version ` +
          `understands up to ${latest}). It was left untouched; update Unknot to open it.`,
      )
    }
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = FULL')
    db.pragma('busy_timeout = 5000')
    migrate(db, migrations, {
      backupDir: options.backupDir ?? join(dirname(file), 'backups'),
      now: options.now ?? (() => new Date()),
    })
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

export function schemaVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number
}

/** `VACUUM INTO` a consistent copy of the live database; returns the copy's path. */
export function backupCopy(db: DB, dir: string, label: string, now: Date): string {
  mkdirSync(dir, { recursive: true })
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const target = join(dir, `journal-${label}-${stamp}.sqlite`)
  db.prepare('VACUUM INTO ?').run(target)
  return target
}

/**
 * Applies every pending migration in one transaction and records the version in
 * `user_version`; either all of them land or none. An existing diary is copied first.
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
  if (current > 0) {
    backupCopy(db, options.backupDir, `before-migration-v${current}`, options.now())
  }
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    }
  })()
  return schemaVersion(db)
}

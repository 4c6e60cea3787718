import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DataFileError, openDatabase, schemaVersion, type DB } from './database'
import { LATEST_SCHEMA_VERSION, migrations } from './migrations'
import type { Migration } from './migrations/migration'
import { UNKNOT_APPLICATION_ID } from './migrations/003-application-id'
import { makeTempDir } from '../../../testing/temp-diary'

let dir: string
beforeEach(() => {
  dir = makeTempDir()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

function expectDataFileError(fn: () => unknown, problem: string): DataFileError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError)
    expect((error as DataFileError).problem).toBe(problem)
    return error as DataFileError
  }
  throw new Error('expected a DataFileError')
}

describe('openDatabase', () => {
  it('creates a new journal at the latest schema with the required pragmas', () => {
    const file = join(dir, 'nested', 'journal.sqlite')
    const db = openDatabase(file)
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    db.close()
  })

  it('reopens an existing journal without running migrations again or copying it', () => {
    const file = join(dir, 'journal.sqlite')
    openDatabase(file).close()
    const db = openDatabase(file)
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    db.close()
    expect(existsSync(join(dir, 'backups'))).toBe(false)
  })

  it('refuses a journal written by a newer version and leaves the file byte for byte', () => {
    const file = join(dir, 'journal.sqlite')
    const future = new Database(file)
    future.exec('CREATE TABLE from_the_future (x INTEGER) STRICT')
    future.pragma(`application_id = ${UNKNOT_APPLICATION_ID}`)
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    future.close()
    const before = sha(file)
    const error = expectDataFileError(() => openDatabase(file), 'too_new')
    expect(error.message).toMatch(/newer version of Unknot/)
    expect(error.message).toMatch(/left untouched/)
    expect(sha(file)).toBe(before)
  })

  it('reports a file that is not a SQLite database and never overwrites it', () => {
    const file = join(dir, 'journal.sqlite')
    writeFileSync(file, 'These are my notes, not a database.\n'.repeat(200))
    const before = sha(file)
    const error = expectDataFileError(() => openDatabase(file), 'not_a_database')
    expect(error.message).toMatch(/not a SQLite database/)
    expect(sha(file)).toBe(before)
    expect(readdirSync(dir)).toEqual(['journal.sqlite'])
  })

  it('reports a damaged database instead of migrating it', () => {
    const file = join(dir, 'journal.sqlite')
    const db = openDatabase(file)
    db.exec("INSERT INTO settings (key, value) VALUES ('a', '1')")
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
    const bytes = readFileSync(file)
    bytes.fill(0x5a, 4096, bytes.length) // keep the header, wreck every other page
    writeFileSync(file, bytes)
    const before = sha(file)
    expectDataFileError(() => openDatabase(file), 'damaged')
    expect(sha(file)).toBe(before)
  })
})

describe('migrate', () => {
  const failing: Migration = {
    version: LATEST_SCHEMA_VERSION + 1,
    name: 'half-done change',
    up(db) {
      db.exec('CREATE TABLE half_done (x INTEGER) STRICT')
      throw new Error('boom')
    },
  }

  it('runs pending migrations in one transaction: a failure leaves the old schema whole', () => {
    const file = join(dir, 'journal.sqlite')
    openDatabase(file).close()
    expect(() => openDatabase(file, { migrations: [...migrations, failing] })).toThrow('boom')
    const db = new Database(file, { readonly: true })
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    const halfDone = db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").get()
    expect(halfDone).toBeUndefined()
    db.close()
  })

  const addColumn: Migration = {
    version: LATEST_SCHEMA_VERSION + 1,
    name: 'add a column',
    up: (db) => db.exec("ALTER TABLE settings ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
  }

  it('hands an existing journal to beforeMigrating at its old schema, a new one never', () => {
    const file = join(dir, 'journal.sqlite')
    const seen: number[] = []
    const beforeMigrating = (db: DB) => seen.push(schemaVersion(db))
    openDatabase(file, { beforeMigrating }).close()
    expect(seen).toEqual([])
    openDatabase(file, { migrations: [...migrations, addColumn], beforeMigrating }).close()
    expect(seen).toEqual([LATEST_SCHEMA_VERSION])
    // Nothing pending: nothing to copy.
    openDatabase(file, { migrations: [...migrations, addColumn], beforeMigrating }).close()
    expect(seen).toEqual([LATEST_SCHEMA_VERSION])
  })

  it('a beforeMigrating that fails stops the opening with the journal at its old schema', () => {
    const file = join(dir, 'journal.sqlite')
    openDatabase(file).close()
    const failing = () => {
      throw new Error('no room for the copy')
    }
    expect(() =>
      openDatabase(file, { migrations: [...migrations, addColumn], beforeMigrating: failing }),
    ).toThrow('no room for the copy')
    const db = new Database(file, { readonly: true })
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    db.close()
  })

  it('rejects a registry with a gap in its numbering', () => {
    const file = join(dir, 'journal.sqlite')
    const gap: Migration = { version: LATEST_SCHEMA_VERSION + 2, name: 'gap', up: () => {} }
    expect(() => openDatabase(file, { migrations: [...migrations, gap] })).toThrow(/expected/)
  })
})

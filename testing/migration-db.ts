import Database from 'better-sqlite3'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect } from 'vitest'
import { openDatabase, schemaVersion, type DB } from '../src/main/db/database'
import { migrations } from '../src/main/db/migrations'
import type { Migration } from '../src/main/db/migrations/migration'
import { makeTempDir } from './temp-diary'

/** An in-memory database with the migrations up to `version` applied, foreign keys on. */
export function migratedTo(version: number): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  for (const m of migrations.slice(0, version)) m.up(db)
  return db
}

/**
 * The database a migration's tests write to: migrated up to `migration` afresh for each test of
 * the file, and closed after it.
 */
export function migratedPerTest(migration: Migration): { readonly db: Database.Database } {
  let current: Database.Database | undefined
  beforeEach(() => {
    current = migratedTo(migration.version)
  })
  afterEach(() => current?.close())
  return {
    get db() {
      if (!current) throw new Error('The migrated database is open only during a test.')
      return current
    },
  }
}

/** Whether each of `tables` (by default every table of the schema) is STRICT, by name. */
export function strictTables(db: Database.Database, tables?: readonly string[]) {
  const which = tables
    ? `name IN (${tables.map(() => '?').join(', ')})`
    : `schema = 'main' AND name NOT LIKE 'sqlite_%'`
  return db
    .prepare<string[], { name: string; strict: number }>(
      `SELECT name, strict FROM pragma_table_list WHERE ${which} ORDER BY name`,
    )
    .all(...(tables ?? []))
}

export const rowCount = (db: Database.Database, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()

/**
 * Opens a journal file at the version before `migration`, lets `seed` write to it, then opens it
 * again as the app does (migrating to the latest) and hands it to `check`.
 */
export function expectUpgradeFromPrevious(
  migration: Migration,
  seed: (old: DB) => void,
  check: (upgraded: DB) => void,
) {
  const dir = makeTempDir()
  try {
    const file = join(dir, 'journal.sqlite')
    const old = openDatabase(file, { migrations: migrations.slice(0, migration.version - 1) })
    seed(old)
    old.close()
    const upgraded = openDatabase(file)
    try {
      expect(schemaVersion(upgraded)).toBeGreaterThanOrEqual(migration.version)
      check(upgraded)
    } finally {
      upgraded.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

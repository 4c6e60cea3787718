import type { DB } from './sqlite'
import { MARKER_TABLE } from './migrations/003-application-id'

export interface WriteMarker {
  journalId: string
  generation: number
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`

/**
 * Tables derived from the others inside the same transaction (migrations 008 and 014): never
 * an entry, and never written without a diary table, whose trigger already moves the marker on.
 */
const DERIVED_TABLES = ['daily_summary', 'treatment_days']

/** Every table of the diary, whichever migration added it (SQLite's own, the marker and derived tables aside). */
export function userTables(db: DB): string[] {
  return db
    .prepare<[string], string>(
      `SELECT name FROM pragma_table_list
       WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
         AND name <> ? ORDER BY name`,
    )
    .pluck()
    .all(MARKER_TABLE)
    .filter((name) => !DERIVED_TABLES.includes(name))
}

const OPERATIONS = ['insert', 'update', 'delete'] as const

/**
 * Gives every table a trigger per kind of write that raises the marker's generation, so every
 * committed transaction carries the marker page with it. Run after the migrations, in their
 * transaction: tables that later migrations add get their triggers the same way.
 */
export function ensureWriteMarkers(db: DB): void {
  if (readMarker(db) === undefined) return
  for (const table of userTables(db)) {
    for (const op of OPERATIONS) {
      db.exec(
        `CREATE TRIGGER IF NOT EXISTS ${quote(`${MARKER_TABLE}_${op}_${table}`)}
         AFTER ${op.toUpperCase()} ON ${quote(table)}
         BEGIN UPDATE ${MARKER_TABLE} SET generation = generation + 1 WHERE id = 1; END`,
      )
    }
  }
}

/** The marker, or undefined for a journal from before migration 003. */
export function readMarker(db: DB): WriteMarker | undefined {
  const exists = db
    .prepare<[string], number>(
      "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?",
    )
    .pluck()
    .get(MARKER_TABLE)
  if (!exists) return undefined
  const row = db
    .prepare<[], { journalId: string; generation: number }>(
      `SELECT journal_id AS journalId, generation FROM ${MARKER_TABLE} WHERE id = 1`,
    )
    .get()
  return row
}

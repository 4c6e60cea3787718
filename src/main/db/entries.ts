import type Database from 'better-sqlite3'
import { userTables } from './write-marker'

/** Settings are preferences, not entries: a journal holding only them is still empty. */
const NOT_ENTRIES = new Set(['settings'])

/**
 * How many rows a person wrote into the journal (check-ins, episodes, treatments and every
 * other diary table): 0 for a new or emptied journal.
 */
export function entryCount(db: Database.Database): number {
  let total = 0
  for (const table of userTables(db)) {
    if (NOT_ENTRIES.has(table)) continue
    total += db
      .prepare<[], number>(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`)
      .pluck()
      .get() as number
  }
  return total
}

import Database from 'better-sqlite3'

/** A connection to the journal (or a snapshot of it); every repository takes one first. */
export type DB = Database.Database

let addon: string | undefined

/**
 * Where better-sqlite3's native addon is: a packaged app loads it from `app.asar.unpacked`
 * (set once at start); undefined lets better-sqlite3 find its own, as in development and tests.
 */
export function setSqliteAddon(path: string | undefined): void {
  addon = path
}

/** Every SQLite connection main opens, journal, snapshot or inspection, goes through here. */
export function openSqlite(
  file: string | Buffer,
  options: Database.Options = {},
): Database.Database {
  return new Database(file, addon ? { ...options, nativeBinding: addon } : options)
}

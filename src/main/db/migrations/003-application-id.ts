import type { Migration } from './migration'

/** `PRAGMA application_id` of every Unknot journal: "Unkt" in ASCII. */
export const UNKNOT_APPLICATION_ID = 0x556e6b74

/** The one-row table that says which journal this is and how many writes it has seen. */
export const MARKER_TABLE = 'journal_marker'

/**
 * Marks the file as Unknot's own, so another program's database is never taken for a journal,
 * and adds the write marker: a random journal id and a generation that a trigger on every table
 * raises on every write (`write-marker.ts`). A `-wal` file of another database, or an old one of
 * this journal, shows a different id or a lower generation than the file it sits beside.
 */
export const migration003: Migration = {
  version: 3,
  name: 'application id and write marker',
  up(db) {
    db.pragma(`application_id = ${UNKNOT_APPLICATION_ID}`)
    db.exec(`
      CREATE TABLE ${MARKER_TABLE} (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        journal_id TEXT NOT NULL CHECK (length(journal_id) = 32),
        generation INTEGER NOT NULL CHECK (generation >= 0)
      ) STRICT;
      INSERT INTO ${MARKER_TABLE} (id, journal_id, generation)
        VALUES (1, lower(hex(randomblob(16))), 0);
    `)
  },
}

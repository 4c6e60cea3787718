import type { Migration } from './migration'

/**
 * Weekly PEG-3 answers (docs/clinical-rules.md#peg-3-weekly): average pain, interference with
 * enjoyment of life and with general activity over the past week, each 0–10, at most one per local
 * date. The score (their mean) is computed where it is read, never stored, so it cannot disagree
 * with the answers.
 */
export const migration005: Migration = {
  version: 5,
  name: 'PEG scores',
  up(db) {
    db.exec(`
      CREATE TABLE peg_scores (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL UNIQUE CHECK (date(date) IS date),
        pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
        enjoyment INTEGER NOT NULL CHECK (enjoyment BETWEEN 0 AND 10),
        activity INTEGER NOT NULL CHECK (activity BETWEEN 0 AND 10),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `)
  },
}

import type { Migration } from './migration'

/** The tables whose `notes` can be marked "show my doctor" (issue 10). */
export const NOTE_TABLES = ['checkins', 'episodes', 'treatments'] as const

/**
 * A "show my doctor" flag beside every check-in, flare-up, episode and treatment note: marked
 * notes of a period are printed, dated, in the doctor's summary. Existing notes start unmarked.
 */
export const migration004: Migration = {
  version: 4,
  name: 'notes for the doctor',
  up(db) {
    for (const table of NOTE_TABLES) {
      db.exec(
        `ALTER TABLE ${table} ADD COLUMN note_for_doctor INTEGER NOT NULL DEFAULT 0
           CHECK (note_for_doctor IN (0, 1))`,
      )
    }
  },
}

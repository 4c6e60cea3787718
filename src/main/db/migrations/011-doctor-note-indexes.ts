import type { Migration } from './migration'

/**
 * The doctor's summary lists the notes marked "show my doctor" in its period (issue 25,
 * docs/performance.md): without an index that meant reading every check-in and treatment of
 * the diary. Partial indexes hold only the marked notes, by date, so the summary reads those
 * few rows; their condition is the query's own, word for word, so SQLite can use them.
 */
export const migration011: Migration = {
  version: 11,
  name: 'indexes of the notes marked for the doctor',
  up(db) {
    db.exec(`
      CREATE INDEX checkins_doctor_notes ON checkins (date)
        WHERE note_for_doctor = 1 AND notes <> '';
      CREATE INDEX treatments_doctor_notes ON treatments (started_at)
        WHERE note_for_doctor = 1 AND notes <> '';
    `)
  },
}

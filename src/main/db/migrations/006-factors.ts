import type { Migration } from './migration'

// The catalogue of src/shared/clinical/factors.ts as it was when this migration shipped; the
// migration's test checks the two still agree.
const CODES = `'long_sitting', 'long_drive', 'heavy_lifting', 'awkward_twist_or_bend', 'poor_sleep',
  'high_stress', 'hard_or_new_exercise', 'fall_or_blow', 'other'`

/**
 * Factors before a spasm (issue 13). An answered checklist is a row of its own, so "answered,
 * nothing ticked" differs from "never answered": only answered ones take part in comparisons.
 * - onset_checklists / onset_factors: "in the 24 hours before" an episode started.
 * - day_checklists / day_factors: today's factors, ticked on an evening check-in.
 * - checkins_outside_episodes: the check-ins of ordinary days, for the Insights comparisons.
 */
export const migration006: Migration = {
  version: 6,
  name: 'factors before onset and on evening check-ins',
  up(db) {
    db.exec(`
      CREATE TABLE onset_checklists (
        episode_id INTEGER PRIMARY KEY REFERENCES episodes (id) ON DELETE CASCADE,
        other_note TEXT NOT NULL DEFAULT '' CHECK (length(other_note) <= 200),
        answered_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE onset_factors (
        episode_id INTEGER NOT NULL REFERENCES onset_checklists (episode_id) ON DELETE CASCADE,
        code TEXT NOT NULL CHECK (code IN (${CODES})),
        PRIMARY KEY (episode_id, code)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE day_checklists (
        checkin_id INTEGER PRIMARY KEY REFERENCES checkins (id) ON DELETE CASCADE,
        answered_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE day_factors (
        checkin_id INTEGER NOT NULL REFERENCES day_checklists (checkin_id) ON DELETE CASCADE,
        code TEXT NOT NULL CHECK (code IN (${CODES})),
        PRIMARY KEY (checkin_id, code)
      ) STRICT, WITHOUT ROWID;

      -- The Insights page compares days outside every episode with the days before onsets; this
      -- index holds those days' values so the comparison reads no table rows.
      CREATE INDEX checkins_outside_episodes
        ON checkins (date, slot, pain, stiffness_minutes, sleep_interrupted)
        WHERE episode_id IS NULL;

      -- Today's factors are asked on the evening check-in only: a CHECK cannot look at another
      -- table, so triggers keep a checklist on an evening entry and an entry with one evening.
      CREATE TRIGGER day_checklists_on_evening_insert BEFORE INSERT ON day_checklists
      WHEN (SELECT slot FROM checkins WHERE id = NEW.checkin_id) IS NOT 'evening'
      BEGIN SELECT RAISE(ABORT, 'day factors belong to an evening check-in'); END;

      CREATE TRIGGER day_checklists_on_evening_update BEFORE UPDATE OF checkin_id ON day_checklists
      WHEN (SELECT slot FROM checkins WHERE id = NEW.checkin_id) IS NOT 'evening'
      BEGIN SELECT RAISE(ABORT, 'day factors belong to an evening check-in'); END;

      CREATE TRIGGER checkins_keep_day_checklist_evening BEFORE UPDATE OF slot ON checkins
      WHEN NEW.slot <> 'evening'
        AND EXISTS (SELECT 1 FROM day_checklists WHERE checkin_id = NEW.id)
      BEGIN SELECT RAISE(ABORT, 'day factors belong to an evening check-in'); END;
    `)
  },
}

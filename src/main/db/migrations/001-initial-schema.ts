import type { Migration } from './migration'

const DATE = (col: string): string => `date(${col}) IS ${col}`
const LOCAL_DATETIME = (col: string): string =>
  `${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]' AND date(substr(${col}, 1, 10)) IS substr(${col}, 1, 10)`
const SCORE = (col: string): string => `${col} BETWEEN 0 AND 10`

/**
 * The whole diary (docs/architecture.md#the-diarys-tables). Dates are local calendar dates;
 * timestamps are UTC ISO.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE episodes (
        id INTEGER PRIMARY KEY,
        started_on TEXT NOT NULL CHECK (${DATE('started_on')}),
        ended_on TEXT CHECK (ended_on IS NULL OR (${DATE('ended_on')} AND ended_on >= started_on)),
        region TEXT NOT NULL CHECK (region IN ('lower', 'mid', 'upper')),
        side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both', 'central')),
        trigger TEXT NOT NULL DEFAULT 'unknown' CHECK (trigger IN ('lifting', 'twisting',
          'bending', 'overuse', 'fall', 'prolonged_sitting', 'prolonged_standing', 'driving',
          'sleep_position', 'stress', 'exercise', 'unknown', 'other')),
        trigger_note TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- Two ongoing episodes may not share a region.
      CREATE UNIQUE INDEX episodes_one_ongoing_per_region ON episodes (region) WHERE ended_on IS NULL;
      CREATE INDEX episodes_by_start ON episodes (started_on);

      CREATE TABLE checkins (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL CHECK (${DATE('date')}),
        slot TEXT NOT NULL CHECK (slot IN ('morning', 'evening', 'other')),
        recorded_at TEXT NOT NULL,
        pain INTEGER NOT NULL CHECK (${SCORE('pain')}),
        stiffness INTEGER NOT NULL CHECK (${SCORE('stiffness')}),
        stiffness_minutes INTEGER CHECK (stiffness_minutes IS NULL
          OR (slot = 'morning' AND stiffness_minutes BETWEEN 0 AND 1440)),
        spasm_frequency INTEGER NOT NULL CHECK (spasm_frequency BETWEEN 0 AND 4),
        spasm_severity INTEGER CHECK ((spasm_frequency = 0 AND spasm_severity IS NULL)
          OR (spasm_frequency > 0 AND spasm_severity IS NOT NULL AND spasm_severity BETWEEN 1 AND 3)),
        sleep_interrupted INTEGER NOT NULL DEFAULT 0 CHECK (sleep_interrupted IN (0, 1)),
        episode_id INTEGER REFERENCES episodes (id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- At most one morning and one evening check-in per date; any number of 'other'.
      CREATE UNIQUE INDEX checkins_one_per_slot ON checkins (date, slot) WHERE slot <> 'other';
      CREATE INDEX checkins_by_date ON checkins (date, slot);
      CREATE INDEX checkins_by_episode ON checkins (episode_id);

      CREATE TABLE checkin_symptoms (
        checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
        code TEXT NOT NULL CHECK (code GLOB '[a-z]*' AND length(code) <= 64),
        PRIMARY KEY (checkin_id, code)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX checkin_symptoms_by_code ON checkin_symptoms (code);

      CREATE TABLE treatments (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('heat', 'ice', 'stretch', 'breathing', 'massage',
          'pressure', 'chiropractic', 'acupuncture', 'tens', 'medication', 'rest', 'walk', 'other')),
        detail TEXT NOT NULL DEFAULT '',
        -- Local wall-clock time 'YYYY-MM-DDTHH:MM': when the person did it, where they were.
        started_at TEXT NOT NULL CHECK (${LOCAL_DATETIME('started_at')}),
        duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 0 AND 1440),
        pain_before INTEGER CHECK (pain_before IS NULL OR ${SCORE('pain_before')}),
        pain_after INTEGER CHECK (pain_after IS NULL OR ${SCORE('pain_after')}),
        side_effect TEXT,
        episode_id INTEGER REFERENCES episodes (id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX treatments_by_start ON treatments (started_at);
      CREATE INDEX treatments_by_kind ON treatments (kind, started_at);
      CREATE INDEX treatments_by_episode ON treatments (episode_id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT, WITHOUT ROWID;
    `)
  },
}

import type { Migration } from './migration'

// The catalogue of src/shared/clinical/experiments/catalogue.ts and the design limits of
// thresholds.ts as they were when this migration shipped; its test checks they still agree.
const QUESTIONS = `'stretch_routine', 'heat_vs_ice', 'morning_walk', 'movement_breaks', 'wind_down', 'own'`
const OUTCOMES = `'evening_pain', 'morning_stiffness', 'stiffness_minutes', 'spasm_frequency',
  'sleep_interrupted', 'pain_after_treatment'`
const DATE = (col: string): string => `date(${col}) IS ${col}`

/**
 * Experiments (issue 24, docs/clinical-rules.md): a fair test of two self-care options on the
 * person's own days. The design and its seed are kept, and so is every planned day with its
 * option, so the calendar never changes once drawn; a day's adherence is recorded on it.
 */
export const migration007: Migration = {
  version: 7,
  name: 'experiments and their days',
  up(db) {
    db.exec(`
      CREATE TABLE experiments (
        id INTEGER PRIMARY KEY,
        question TEXT NOT NULL CHECK (question IN (${QUESTIONS})),
        option_a TEXT NOT NULL CHECK (length(trim(option_a)) BETWEEN 1 AND 60),
        option_b TEXT NOT NULL CHECK (length(trim(option_b)) BETWEEN 1 AND 60
          AND lower(trim(option_b)) <> lower(trim(option_a))),
        outcome TEXT NOT NULL CHECK (outcome IN (${OUTCOMES})),
        starts_on TEXT NOT NULL CHECK (${DATE('starts_on')}),
        ends_on TEXT NOT NULL CHECK (${DATE('ends_on')} AND ends_on >= starts_on),
        pairs INTEGER NOT NULL CHECK (pairs BETWEEN 6 AND 16),
        period_days INTEGER NOT NULL CHECK (period_days BETWEEN 1 AND 7),
        washout_days INTEGER NOT NULL CHECK (washout_days BETWEEN 0 AND 3
          AND washout_days < period_days),
        seed INTEGER NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'stopped')),
        stopped_on TEXT CHECK ((status = 'stopped') = (stopped_on IS NOT NULL)
          AND (stopped_on IS NULL OR ${DATE('stopped_on')})),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX experiments_by_outcome ON experiments (outcome, starts_on, ends_on);

      CREATE TABLE experiment_days (
        experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
        date TEXT NOT NULL CHECK (${DATE('date')}),
        option TEXT NOT NULL CHECK (option IN ('A', 'B')),
        pair INTEGER NOT NULL CHECK (pair BETWEEN 1 AND 16),
        washout INTEGER NOT NULL CHECK (washout IN (0, 1)),
        adherence TEXT NOT NULL DEFAULT 'unrecorded'
          CHECK (adherence IN ('did', 'didnt', 'unrecorded')),
        recorded_at TEXT CHECK ((adherence = 'unrecorded') = (recorded_at IS NULL)),
        PRIMARY KEY (experiment_id, date)
      ) STRICT, WITHOUT ROWID;
      -- Today asks for the option of one date across experiments.
      CREATE INDEX experiment_days_by_date ON experiment_days (date);
    `)
  },
}

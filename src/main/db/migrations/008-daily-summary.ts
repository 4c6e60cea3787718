import type { Migration } from './migration'

/**
 * The rows of the check-ins matching `where` (`c` is the check-in), one per date, from that
 * day's check-ins and the evening's day factors; `extra` appends a later migration's columns.
 * Frozen with the migration: a later change gets a migration of its own.
 */
export const summaryRows = (where: string, extra = ''): string => `
  SELECT CAST(julianday(c.date) AS INTEGER), c.date,
    count(*),
    max(CASE WHEN c.slot = 'morning' THEN c.pain END),
    max(CASE WHEN c.slot = 'morning' THEN c.stiffness END),
    max(CASE WHEN c.slot = 'morning' THEN c.stiffness_minutes END),
    max(CASE WHEN c.slot = 'evening' THEN c.pain END),
    max(CASE WHEN c.slot = 'evening' THEN c.stiffness END),
    max(c.spasm_frequency),
    sum(c.spasm_frequency),
    max(c.spasm_severity),
    max(c.sleep_interrupted),
    max(c.episode_id),
    EXISTS (SELECT 1 FROM checkins e JOIN day_checklists d ON d.checkin_id = e.id
      WHERE e.date = c.date AND e.slot = 'evening'),
    (SELECT group_concat(code, ',') FROM (
      SELECT f.code FROM checkins e JOIN day_factors f ON f.checkin_id = e.id
      WHERE e.date = c.date AND e.slot = 'evening' ORDER BY f.code))${extra}
  FROM checkins c
  WHERE ${where}
  GROUP BY c.date`

/** Every date's row from scratch: the migration's fill, and the tests' rebuild to compare with. */
export const DAILY_SUMMARY_REBUILD_SQL = summaryRows('1')

/** The summary's columns, in the order of the rows above. */
export const DAILY_SUMMARY_COLUMNS = `id, date, checkins, morning_pain, morning_stiffness, stiffness_minutes, evening_pain,
  evening_stiffness, spasm_frequency_max, spasm_frequency_sum, spasm_severity_max,
  sleep_interrupted, episode_id, factors_answered, day_factors`

/** Recomputes one date's row (gone when the date has no check-in left) from these rows. */
export const summaryRefresh =
  (columns: string, rowsOf: (where: string) => string) =>
  (day: string): string => `
  DELETE FROM daily_summary WHERE date = ${day};
  INSERT INTO daily_summary (${columns}) ${rowsOf(`c.date = ${day}`)};`

/** The check-in a day checklist or factor belongs to, as a date. */
const checkinDate = (id: string): string => `(SELECT date FROM checkins WHERE id = ${id})`

/** The triggers that keep the summary, by name: a later migration drops and recreates them. */
export const SUMMARY_TRIGGERS = [
  'daily_summary_checkin_insert',
  'daily_summary_checkin_delete',
  'daily_summary_checkin_update',
  'daily_summary_checklist_insert',
  'daily_summary_checklist_delete',
  'daily_summary_checklist_update',
  'daily_summary_factor_insert',
  'daily_summary_factor_delete',
  'daily_summary_factor_update',
] as const

/** Every write to a check-in, day checklist or day factor refreshes the dates it touched. */
export function summaryTriggers(refresh: (day: string) => string): string {
  return `
      CREATE TRIGGER daily_summary_checkin_insert AFTER INSERT ON checkins
      BEGIN ${refresh('NEW.date')} END;

      CREATE TRIGGER daily_summary_checkin_delete AFTER DELETE ON checkins
      BEGIN ${refresh('OLD.date')} END;

      CREATE TRIGGER daily_summary_checkin_update AFTER UPDATE OF date, slot, pain, stiffness,
        stiffness_minutes, spasm_frequency, spasm_severity, sleep_interrupted, episode_id
      ON checkins
      BEGIN ${refresh('OLD.date')} ${refresh('NEW.date')} END;

      CREATE TRIGGER daily_summary_checklist_insert AFTER INSERT ON day_checklists
      BEGIN ${refresh(checkinDate('NEW.checkin_id'))} END;

      CREATE TRIGGER daily_summary_checklist_delete AFTER DELETE ON day_checklists
      BEGIN ${refresh(checkinDate('OLD.checkin_id'))} END;

      CREATE TRIGGER daily_summary_checklist_update AFTER UPDATE OF checkin_id ON day_checklists
      BEGIN ${refresh(checkinDate('OLD.checkin_id'))} ${refresh(checkinDate('NEW.checkin_id'))} END;

      CREATE TRIGGER daily_summary_factor_insert AFTER INSERT ON day_factors
      BEGIN ${refresh(checkinDate('NEW.checkin_id'))} END;

      CREATE TRIGGER daily_summary_factor_delete AFTER DELETE ON day_factors
      BEGIN ${refresh(checkinDate('OLD.checkin_id'))} END;

      CREATE TRIGGER daily_summary_factor_update AFTER UPDATE ON day_factors
      BEGIN ${refresh(checkinDate('OLD.checkin_id'))} ${refresh(checkinDate('NEW.checkin_id'))} END;
`
}

const SCORE = (col: string): string => `${col} IS NULL OR ${col} BETWEEN 0 AND 10`

/**
 * The daily summary (issue 25, docs/performance.md#the-daily-summary): one row per date with a
 * check-in, holding what Trends and the doctor's summary group by day, so a ten-year range reads
 * 3,650 rows instead of grouping 7,000 check-ins on every call. Triggers keep it exact inside
 * the transaction of every write, delete and restore (a restore deletes and inserts rows, which
 * fire them); it is derived, so backups do not carry it.
 */
export const migration008: Migration = {
  version: 8,
  name: 'daily summary',
  up(db) {
    db.exec(`
      CREATE TABLE daily_summary (
        -- The date's day number: the same row id for the same date, whichever order the rows
        -- were written in (a restore writes them in another).
        id INTEGER PRIMARY KEY CHECK (id = CAST(julianday(date) AS INTEGER)),
        date TEXT NOT NULL CHECK (date(date) IS date),
        -- Every check-in of the day, flare-ups ('other') included.
        checkins INTEGER NOT NULL CHECK (checkins > 0),
        morning_pain INTEGER CHECK (${SCORE('morning_pain')}),
        morning_stiffness INTEGER CHECK (${SCORE('morning_stiffness')}),
        -- Minutes of morning stiffness (asked in the morning only).
        stiffness_minutes INTEGER CHECK (stiffness_minutes IS NULL
          OR stiffness_minutes BETWEEN 0 AND 1440),
        evening_pain INTEGER CHECK (${SCORE('evening_pain')}),
        evening_stiffness INTEGER CHECK (${SCORE('evening_stiffness')}),
        -- Spasm frequency over every check-in of the day: the highest and the sum (for means).
        spasm_frequency_max INTEGER NOT NULL CHECK (spasm_frequency_max BETWEEN 0 AND 4),
        spasm_frequency_sum INTEGER NOT NULL CHECK (spasm_frequency_sum >= 0),
        spasm_severity_max INTEGER CHECK (spasm_severity_max IS NULL
          OR spasm_severity_max BETWEEN 1 AND 3),
        -- 1 when any check-in of the day says sleep was interrupted.
        sleep_interrupted INTEGER NOT NULL CHECK (sleep_interrupted IN (0, 1)),
        -- The episode covering the date, as its check-ins are linked.
        episode_id INTEGER,
        -- The evening's day factors: answered or not, and the ticked codes, sorted, comma-joined.
        factors_answered INTEGER NOT NULL CHECK (factors_answered IN (0, 1)),
        day_factors TEXT
      ) STRICT;
      -- Every read is a range of dates.
      CREATE UNIQUE INDEX daily_summary_by_date ON daily_summary (date);

      INSERT INTO daily_summary (${DAILY_SUMMARY_COLUMNS}) ${DAILY_SUMMARY_REBUILD_SQL};

      ${summaryTriggers(summaryRefresh(DAILY_SUMMARY_COLUMNS, summaryRows))}
    `)
  },
}

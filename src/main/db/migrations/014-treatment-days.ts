import type { Migration } from './migration'

/**
 * Each session's row from its treatment and episode (`t` is the treatment): the day of the
 * episode it started on, counted from 1 on the episode's first day, or NULL outside an
 * episode. Both dates are midnights, so their julian days differ by a whole number. Frozen with
 * the migration: a later change gets a migration of its own.
 */
export const treatmentDayRows = (where: string): string => `
  SELECT t.id, t.kind,
    CAST(julianday(substr(t.started_at, 1, 10)) - julianday(e.started_on) AS INTEGER) + 1,
    t.started_at, t.pain_before, t.pain_after
  FROM treatments t LEFT JOIN episodes e ON e.id = t.episode_id
  WHERE ${where}`

export const TREATMENT_DAYS_COLUMNS = 'id, kind, episode_day, started_at, pain_before, pain_after'

/** Every session's row from scratch: the migration's fill, and the tests' rebuild. */
export const TREATMENT_DAYS_REBUILD_SQL = treatmentDayRows('1')

const insert = (where: string): string =>
  `INSERT INTO treatment_days (${TREATMENT_DAYS_COLUMNS}) ${treatmentDayRows(where)};`

/** Recomputes the rows of the sessions matching `where` (`t` is the treatment). */
const refresh = (where: string): string => `
  DELETE FROM treatment_days WHERE id IN (SELECT t.id FROM treatments t WHERE ${where});
  ${insert(where)}`

/**
 * Each treatment session with the day of its episode it started on (issues 20 and 25,
 * docs/performance.md): "what helps when" sorts sessions into the phases of their episodes.
 * Worked out from the episode on every call, ten years of sessions were joined to their
 * episodes and sorted by kind and phase each time. Kept here, indexed by kind and day, the
 * sessions of a long range come grouped from the index. Derived like the daily summary (migration 008):
 * triggers keep it exact inside the transaction of every write, delete and restore, a moved
 * episode start included, and backups do not carry it.
 */
export const migration014: Migration = {
  version: 14,
  name: 'treatment sessions by day of their episode',
  up(db) {
    db.exec(`
      CREATE TABLE treatment_days (
        -- The treatment's id.
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        -- Before the start (0 or less) only until the links follow a moved start, in the
        -- same transaction (src/main/episodes/episode-links.ts).
        episode_day INTEGER,
        started_at TEXT NOT NULL,
        pain_before INTEGER,
        pain_after INTEGER
      ) STRICT;
      -- Long ranges read every session grouped, in this order; short ones read their range by
      -- start and sort only it.
      CREATE INDEX treatment_days_by_kind
        ON treatment_days (kind, episode_day, started_at, pain_before, pain_after);
      CREATE INDEX treatment_days_by_start
        ON treatment_days (started_at, kind, episode_day, pain_before, pain_after);

      INSERT INTO treatment_days (${TREATMENT_DAYS_COLUMNS}) ${TREATMENT_DAYS_REBUILD_SQL};

      CREATE TRIGGER treatment_days_insert AFTER INSERT ON treatments
      BEGIN ${insert('t.id = NEW.id')} END;

      CREATE TRIGGER treatment_days_delete AFTER DELETE ON treatments
      BEGIN DELETE FROM treatment_days WHERE id = OLD.id; END;

      CREATE TRIGGER treatment_days_update AFTER UPDATE OF id, kind, started_at, pain_before,
        pain_after, episode_id
      ON treatments
      BEGIN DELETE FROM treatment_days WHERE id = OLD.id; ${insert('t.id = NEW.id')} END;

      CREATE TRIGGER treatment_days_episode_start AFTER UPDATE OF started_on ON episodes
      BEGIN ${refresh('t.episode_id = NEW.id')} END;
    `)
  },
}

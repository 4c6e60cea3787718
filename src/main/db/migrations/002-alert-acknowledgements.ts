import type { Migration } from './migration'

/**
 * Acknowledged alerts (docs/clinical-rules.md#alerts): the stable alert key and when it was
 * acknowledged, plus what the alert said at that moment, so the history still reads right after its
 * check-in or episode was edited or deleted.
 */
export const migration002: Migration = {
  version: 2,
  name: 'alert acknowledgements',
  up(db) {
    db.exec(`
      CREATE TABLE alert_acknowledgements (
        key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
        tier TEXT NOT NULL CHECK (tier IN ('emergency', 'urgent', 'soon')),
        title TEXT NOT NULL,
        reason TEXT NOT NULL,
        advice TEXT NOT NULL,
        recorded_on TEXT NOT NULL CHECK (date(recorded_on) IS recorded_on),
        source_kind TEXT NOT NULL CHECK (source_kind IN ('checkin', 'episode', 'setting')),
        source_id INTEGER,
        acknowledged_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX alert_acknowledgements_by_time ON alert_acknowledgements (acknowledged_at);
    `)
  },
}

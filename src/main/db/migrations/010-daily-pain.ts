import type { Migration } from './migration'
import {
  DAILY_SUMMARY_COLUMNS as COLUMNS_008,
  SUMMARY_TRIGGERS,
  summaryRefresh,
  summaryRows,
  summaryTriggers,
} from './008-daily-summary'

/** The summary's columns since this migration, in the order of its rows. */
export const DAILY_SUMMARY_COLUMNS = `${COLUMNS_008}, pain_sum`

/** Migration 008's rows and the sum of every check-in's pain. Frozen with the migration. */
const rows = (where: string): string => summaryRows(where, `,\n    sum(c.pain)`)

/** Every date's row from scratch, as kept since this migration (and the tests' rebuild). */
export const DAILY_SUMMARY_REBUILD_SQL = rows('1')

/**
 * The day's pain over every check-in, flare-ups included (issue 25,
 * docs/performance.md#the-daily-summary): the rules and Insights judge an episode on each day's
 * mean pain of every check-in dated in it, so the summary keeps the sum beside the count
 * (`checkins`) and they read `pain_sum / checkins` instead of grouping check-ins. The triggers
 * are recreated to keep the new column, and every row is refilled, in the migration's
 * transaction.
 */
export const migration010: Migration = {
  version: 10,
  name: 'daily pain over every check-in',
  up(db) {
    db.exec(`
      ${SUMMARY_TRIGGERS.map((name) => `DROP TRIGGER ${name};`).join('\n      ')}
      ALTER TABLE daily_summary ADD COLUMN pain_sum INTEGER NOT NULL DEFAULT 0
        CHECK (pain_sum BETWEEN 0 AND 10 * checkins);
      DELETE FROM daily_summary;
      INSERT INTO daily_summary (${DAILY_SUMMARY_COLUMNS}) ${DAILY_SUMMARY_REBUILD_SQL};
      ${summaryTriggers(summaryRefresh(DAILY_SUMMARY_COLUMNS, rows))}
    `)
  },
}

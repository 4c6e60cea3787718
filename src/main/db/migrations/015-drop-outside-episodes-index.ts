import type { Migration } from './migration'

/**
 * Migration 006's `checkins_outside_episodes` served the factors' ordinary days on the Insights
 * page. They come from the daily summary now (src/main/insights/factors.query.ts), and no
 * statement reads the index, so it is dropped: every check-in saved outside an episode wrote
 * it for nothing.
 */
export const migration015: Migration = {
  version: 15,
  name: 'drop the index of check-ins outside episodes',
  up(db) {
    db.exec('DROP INDEX checkins_outside_episodes')
  },
}

import type { Migration } from './migration'

/**
 * Insights, Trends and the doctor's summary count treatments by date and by episode over up
 * to ten years (issues 20 and 25, docs/performance.md). Migration 001's indexes held only the
 * column they are searched by, so every session counted was also a lookup of its table row
 * (notes included). Rebuilt under the same names with the columns those counts read, each
 * statement reads its index alone. The Treatments page lists each kind's side effects: a
 * partial index holds only the sessions that had one, instead of every session of the kind.
 */
export const migration012: Migration = {
  version: 12,
  name: 'treatment indexes that cover the counts',
  up(db) {
    db.exec(`
      DROP INDEX treatments_by_start;
      CREATE INDEX treatments_by_start
        ON treatments (started_at, kind, episode_id, pain_before, pain_after, detail, side_effect);
      DROP INDEX treatments_by_episode;
      CREATE INDEX treatments_by_episode
        ON treatments (episode_id, started_at, kind, pain_before, pain_after);
      CREATE INDEX treatments_side_effects
        ON treatments (kind, started_at, detail, side_effect) WHERE side_effect IS NOT NULL;
    `)
  },
}

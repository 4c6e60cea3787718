import type { Migration } from './migration'

/**
 * "What works" on the Treatments page and in the doctor's summary groups sessions by kind, and
 * medication by detail (`byKindAndMedication`, src/main/treatments/session-groups.ts). Read
 * from the start-time index, ten years of sessions were sorted by kind on every call, which
 * cost more than reading them (docs/performance.md). Migration 001's `treatments_by_kind`
 * held only (kind, started_at); rebuilt under the same name with the columns those sums read,
 * each kind's sessions of a range come from the index alone, already grouped.
 */
export const migration013: Migration = {
  version: 13,
  name: 'treatments by kind, covering what works',
  up(db) {
    db.exec(`
      DROP INDEX treatments_by_kind;
      CREATE INDEX treatments_by_kind
        ON treatments (kind, started_at, pain_before, pain_after, detail, side_effect);
    `)
  },
}

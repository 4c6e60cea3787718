import type { Migration } from './migration'

// The leg signs and their sides of src/shared/clinical/symptoms.ts as they were when this
// migration shipped; its test checks they still agree.
const ONE_LEG = `'one_leg_weakness', 'pain_below_knee_one_leg', 'one_leg_numbness_tingling'`
const EITHER_OR_BOTH = `'worsening_leg_weakness'`

/**
 * Which leg a warning sign is about (issue 21, docs/clinical-rules.md#which-leg): left or right
 * for the signs about one leg, and also both for leg weakness that is getting worse. Rows ticked
 * before this migration keep no side and read "side not recorded".
 */
export const migration009: Migration = {
  version: 9,
  name: 'which leg a warning sign is about',
  up(db) {
    db.exec(`
      ALTER TABLE checkin_symptoms ADD COLUMN side TEXT CHECK (side IS NULL
        OR (code IN (${ONE_LEG}) AND side IN ('left', 'right'))
        OR (code IN (${EITHER_OR_BOTH}) AND side IN ('left', 'right', 'both')))
    `)
  },
}

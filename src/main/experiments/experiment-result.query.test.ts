import { describe, expect, it } from 'vitest'
import { migratedTo } from '../../../testing/migration-db'
import { queryPlan } from '../../../testing/query-plans'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { EXPERIMENT_FLARE_START_DAYS } from '../../shared/clinical/thresholds'
import { EXPERIMENT_OUTCOME_SQL } from './experiment-result.query'

describe("an experiment's outcome rows", () => {
  it("look up a day's flare start in the episodes' start index, by the day's bounds", () => {
    const db = migratedTo(LATEST_SCHEMA_VERSION)
    const plan = queryPlan(db, EXPERIMENT_OUTCOME_SQL, {
      id: 1,
      outcome: 'evening_pain',
      flareDays: EXPERIMENT_FLARE_START_DAYS,
    })
    db.close()
    // Both bounds searched: a year's experiment no longer reads every earlier episode per day.
    expect(plan).toContain(
      'SEARCH ep USING COVERING INDEX episodes_by_start (started_on>? AND started_on<?)',
    )
  })
})

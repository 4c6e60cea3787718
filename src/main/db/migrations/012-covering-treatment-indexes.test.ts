import { describe, expect, it } from 'vitest'
import { migratedTo } from '../../../../testing/migration-db'
import { indexColumns, queryPlan } from '../../../../testing/query-plans'
import { tenYearDiaryPerFile } from '../../../../testing/ten-year-diary'
import { MEANINGFUL_DROP_PARAMS } from '../../clinical/meaningful-drop'
import { INSIGHT_HEAT_ICE_SQL } from '../../insights/treatments.query'
import { TREND_TREATMENTS_SQL, TREND_WEEK_TREATMENTS_SQL } from '../../trends/trends.sql'
import {
  EARLY_PHASE_LAST_DAY,
  FIRST_HOURS,
  SETTLING_PHASE_LAST_DAY,
} from '../../../shared/clinical/insights'
import { migration012 } from './012-covering-treatment-indexes'
import { migrations } from './index'

const NOW = '2026-12-07T08:00:00.000Z'

describe('migration 012: treatment indexes that cover the counts', () => {
  it('is registered at its version', () => {
    expect(migrations.indexOf(migration012)).toBe(migration012.version - 1)
  })

  it('rebuilds the two indexes with the columns the counts read, keeping every session', () => {
    const db = migratedTo(migration012.version - 1)
    const add = db.prepare(
      `INSERT INTO treatments (kind, detail, started_at, pain_before, pain_after, notes,
         created_at, updated_at)
       VALUES (:kind, :detail, :at, 6, 3, '', '${NOW}', '${NOW}')`,
    )
    add.run({ kind: 'heat', detail: '', at: '2026-03-01T08:00' })
    add.run({ kind: 'medication', detail: 'Ibuprofen 400 mg', at: '2026-03-02T09:30' })
    const before = db.prepare('SELECT * FROM treatments ORDER BY id').all()
    migration012.up(db)
    expect(db.prepare('SELECT * FROM treatments ORDER BY id').all()).toEqual(before)
    expect(indexColumns(db, 'treatments_by_start')).toEqual([
      'started_at',
      'kind',
      'episode_id',
      'pain_before',
      'pain_after',
      'detail',
      'side_effect',
    ])
    expect(indexColumns(db, 'treatments_by_episode')).toEqual([
      'episode_id',
      'started_at',
      'kind',
      'pain_before',
      'pain_after',
    ])
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
  })
})

/**
 * The plans of the treatment counts, pinned at ten years: none reads a table row. "What works"
 * reads `treatments_by_kind` since migration 013 (its own test).
 */
describe('treatment counts at ten years', () => {
  const big = tenYearDiaryPerFile()
  const params = {
    from: '2016-11-27',
    to: '2026-11-24',
    today: '2026-11-24',
    size: 28,
    earlyLastDay: EARLY_PHASE_LAST_DAY,
    settlingLastDay: SETTLING_PHASE_LAST_DAY,
    firstHours: FIRST_HOURS,
    ...MEANINGFUL_DROP_PARAMS,
  }
  /** The steps that read the table under this alias. */
  const steps = (sql: string, alias = 't'): string[] =>
    queryPlan(big.db, sql, params).filter((step) =>
      new RegExp(`^(SCAN|SEARCH) ${alias}\\b`).test(step),
    )

  it.each([
    ['Insights: heat vs ice', INSIGHT_HEAT_ICE_SQL, 'treatments_by_episode'],
    ['Trends by day', TREND_TREATMENTS_SQL, 'treatments_by_start'],
    ['Trends by week', TREND_WEEK_TREATMENTS_SQL, 'treatments_by_start'],
  ] as const)('%s reads %s alone', (_name, sql, index) => {
    const read = steps(sql)
    expect(read.length, 'no step reads the treatments').toBeGreaterThan(0)
    for (const step of read) expect(step).toContain(`USING COVERING INDEX ${index} (`)
  })
})

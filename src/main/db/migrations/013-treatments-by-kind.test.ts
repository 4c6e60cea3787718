import { describe, expect, it } from 'vitest'
import { migratedTo } from '../../../../testing/migration-db'
import { indexColumns, queryPlan } from '../../../../testing/query-plans'
import { tenYearDiaryPerFile } from '../../../../testing/ten-year-diary'
import { MEANINGFUL_DROP_PARAMS } from '../../clinical/meaningful-drop'
import { REPORT_MEDICATIONS_SQL, REPORT_TREATMENTS_SQL } from '../../report/report.sql'
import { SESSION_SUMS } from '../../treatments/session-groups'
import { TREATMENT_KINDS } from '../../../shared/domain/treatment'
import {
  TREATMENT_EFFECTIVENESS_SQL,
  treatmentEffectiveness,
} from '../../treatments/treatments.repo'
import { migration013 } from './013-treatments-by-kind'
import { migrations } from './index'

const NOW = '2026-12-08T08:00:00.000Z'

describe('migration 013: treatments by kind, covering what works', () => {
  it('is registered at its version', () => {
    expect(migrations.indexOf(migration013)).toBe(migration013.version - 1)
  })

  it('rebuilds treatments_by_kind with the columns the sums read, keeping every session', () => {
    const db = migratedTo(migration013.version - 1)
    const add = db.prepare(
      `INSERT INTO treatments (kind, detail, started_at, pain_before, pain_after, side_effect,
         notes, created_at, updated_at)
       VALUES (:kind, :detail, :at, 6, 3, :sideEffect, '', '${NOW}', '${NOW}')`,
    )
    add.run({ kind: 'heat', detail: '', at: '2026-03-01T08:00', sideEffect: null })
    add.run({
      kind: 'medication',
      detail: 'Ibuprofen 400 mg',
      at: '2026-03-02T09:30',
      sideEffect: 'Heartburn',
    })
    const before = db.prepare('SELECT * FROM treatments ORDER BY id').all()
    const sums = treatmentEffectiveness(db, {})
    migration013.up(db)
    expect(db.prepare('SELECT * FROM treatments ORDER BY id').all()).toEqual(before)
    expect(indexColumns(db, 'treatments_by_kind')).toEqual([
      'kind',
      'started_at',
      'pain_before',
      'pain_after',
      'detail',
      'side_effect',
    ])
    expect(treatmentEffectiveness(db, {})).toEqual(sums)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
  })
})

describe('what works, kind by kind', () => {
  it('answers the rows one GROUP BY over kind and medication detail answered', () => {
    const db = migratedTo(migration013.version)
    const add = db.prepare(
      `INSERT INTO treatments (kind, detail, started_at, pain_before, pain_after, side_effect,
         notes, created_at, updated_at)
       VALUES (:kind, :detail, :at, :before, :after, NULL, '', '${NOW}', '${NOW}')`,
    )
    const details = ['Ibuprofen 400 mg', 'ibuprofen 400 mg', 'Naproxen', '']
    // Every kind, medication under several spellings, unrated and half-rated sessions, and
    // sessions on both sides of the period.
    TREATMENT_KINDS.forEach((kind, k) => {
      for (let i = 0; i < 12; i++) {
        add.run({
          kind,
          detail: kind === 'medication' ? (details[i % details.length] ?? '') : `note ${i % 3}`,
          at: `2026-0${1 + (i % 6)}-${String(10 + k).padStart(2, '0')}T08:00`,
          before: i % 5 === 0 ? null : 3 + (i % 6),
          after: i % 4 === 0 ? null : i % 4,
        })
      }
    })
    const params = { from: '2026-02-01', to: '2026-05-31', ...MEANINGFUL_DROP_PARAMS }
    const grouped = db
      .prepare(
        `SELECT t.kind, CASE WHEN t.kind = 'medication' THEN t.detail END AS detail, ${SESSION_SUMS}
         FROM treatments t
         WHERE t.started_at >= :from AND t.started_at < date(:to, '+1 day')
         GROUP BY 1, 2`,
      )
      .all(params)
    const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort()
    expect(grouped.length).toBeGreaterThan(TREATMENT_KINDS.length)
    expect(sorted(db.prepare(REPORT_TREATMENTS_SQL).all(params))).toEqual(sorted(grouped))
    db.close()
  })
})

/**
 * The plans of "what works", pinned at ten years: each kind's sessions are searched in the
 * index by kind and range and grouped as read; only medication's are sorted, by detail.
 */
describe('what works at ten years', () => {
  const big = tenYearDiaryPerFile()
  const params = { from: '2016-11-27', to: '2026-11-24', ...MEANINGFUL_DROP_PARAMS }
  const KIND_SEEK =
    'SEARCH t USING COVERING INDEX treatments_by_kind (kind=? AND started_at>? AND started_at<?)'

  it.each([
    ["the summary's treatments", REPORT_TREATMENTS_SQL],
    ["the Treatments page's effectiveness", TREATMENT_EFFECTIVENESS_SQL],
  ] as const)('%s seeks each kind and sorts only medication', (_name, sql) => {
    const plan = queryPlan(big.db, sql, params)
    expect(plan.filter((s) => /^(SCAN|SEARCH) t\b/.test(s))).toEqual([KIND_SEEK, KIND_SEEK])
    // One temporary b-tree: medication's GROUP BY detail (the kinds come grouped).
    expect(plan.filter((s) => s === 'USE TEMP B-TREE FOR GROUP BY')).toHaveLength(1)
  })

  it("lists a kind's side effects from the sessions that had one", () => {
    const plan = queryPlan(big.db, TREATMENT_EFFECTIVENESS_SQL, params)
    expect(plan.filter((s) => /^(SCAN|SEARCH) s\b/.test(s))).toEqual([
      'SEARCH s USING COVERING INDEX treatments_side_effects (kind=? AND started_at>? AND started_at<?)',
      'SEARCH s USING COVERING INDEX treatments_side_effects (kind=? AND started_at>? AND started_at<?)',
    ])
  })

  it('counts medication days from the index alone', () => {
    const plan = queryPlan(big.db, REPORT_MEDICATIONS_SQL, params)
    expect(plan.filter((s) => /^(SCAN|SEARCH) t\b/.test(s))).toEqual([KIND_SEEK])
  })
})

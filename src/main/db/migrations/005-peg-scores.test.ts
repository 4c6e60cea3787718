import { describe, expect, it } from 'vitest'
import { migratedPerTest, rowCount, strictTables } from '../../../../testing/migration-db'
import { migrations } from './index'
import { migration005 } from './005-peg-scores'

const fresh = migratedPerTest(migration005)

const STAMP = '2026-11-25T08:00:00.000Z'
function peg(values: Record<string, unknown> = {}) {
  const row = { date: '2026-11-24', pain: 6, enjoyment: 5, activity: 4, ...values }
  return fresh.db
    .prepare(
      `INSERT INTO peg_scores (date, pain, enjoyment, activity, created_at, updated_at)
       VALUES (:date, :pain, :enjoyment, :activity, '${STAMP}', '${STAMP}')`,
    )
    .run(row)
}

describe('migration 005: PEG scores', () => {
  it('is registered in its place', () => {
    expect(migrations[migration005.version - 1]).toBe(migration005)
  })

  it('creates a STRICT table that accepts the full range of answers', () => {
    expect(strictTables(fresh.db, ['peg_scores'])).toEqual([{ name: 'peg_scores', strict: 1 }])
    expect(peg({ pain: 0, enjoyment: 0, activity: 0 }).changes).toBe(1)
    expect(peg({ date: '2026-11-17', pain: 10, enjoyment: 10, activity: 10 }).changes).toBe(1)
  })

  it('keeps one PEG per date', () => {
    peg()
    expect(() => peg()).toThrow(/UNIQUE/)
  })

  it.each([
    ['pain 11', { pain: 11 }],
    ['pain -1', { pain: -1 }],
    ['enjoyment 11', { enjoyment: 11 }],
    ['activity -1', { activity: -1 }],
    ['a fraction', { activity: 4.5 }],
    ['an answer as text', { pain: 'six' }],
    ['a missing answer', { enjoyment: null }],
    ['an impossible date', { date: '2026-02-30' }],
    ['a date with a time', { date: '2026-11-24T08:00' }],
  ])('refuses %s', (_label, values) => {
    expect(() => peg(values)).toThrow(/CHECK|NOT NULL|cannot store/)
    expect(rowCount(fresh.db, 'peg_scores')).toBe(0)
  })
})

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { insertCheckin, insertEpisode, insertTreatment } from '../testing/diary-rows'
import { openTempDiary, snapshot, type TempDiary } from '../testing/temp-diary'
import { seedSyntheticDiary } from '../testing/synthetic-diary'
import type { DB } from '../db/database'
import { getTrends, TREND_DAYS_SQL, TREND_SUMMARY_SQL, TREND_TREATMENTS_SQL } from './trends.repo'
import {
  REPORT_CHECKINS_SQL,
  REPORT_MEDICATIONS_SQL,
  REPORT_SLOTS_SQL,
  REPORT_TREATMENTS_SQL,
  REPORT_WEEKLY_SQL,
} from '../report/report.repo'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary({ now: () => new Date('2026-03-24T12:00:00') })
})
afterEach(() => diary.close())

const RANGE = { from: '2026-03-10', to: '2026-03-23' }

/**
 * The hand-computed fixture. Pain values feeding the rolling mean:
 *   03-03 m10 (outside every window) · 03-05 m8 (lead-in: counts for 03-10 and 03-11 only)
 *   03-10 m4 e2 (+ a flare-up of 9 that never counts) · 03-11 nothing · 03-12 e6 · 03-16 m1
 */
function seedFixture(db: DB) {
  insertCheckin(db, { date: '2026-03-03', slot: 'morning', pain: 10, stiffness: 10 })
  insertCheckin(db, { date: '2026-03-05', slot: 'morning', pain: 8, stiffness: 8 })
  insertCheckin(db, {
    date: '2026-03-10',
    slot: 'morning',
    pain: 4,
    stiffness: 6,
    spasmFrequency: 1,
  })
  insertCheckin(db, { date: '2026-03-10', slot: 'evening', pain: 2, stiffness: 3 })
  insertCheckin(db, { date: '2026-03-10', slot: 'other', pain: 9, stiffness: 9, spasmFrequency: 3 })
  insertCheckin(db, {
    date: '2026-03-12',
    slot: 'evening',
    pain: 6,
    stiffness: 5,
    spasmFrequency: 2,
  })
  insertCheckin(db, { date: '2026-03-16', slot: 'morning', pain: 1, stiffness: 2 })
  insertEpisode(db, { startedOn: '2026-02-20', endedOn: '2026-03-12', region: 'lower' })
  insertEpisode(db, { startedOn: '2026-03-20', endedOn: null, region: 'mid', side: 'right' })
  insertEpisode(db, { startedOn: '2026-04-01', endedOn: '2026-04-02', region: 'upper' })
  for (const [kind, startedAt] of [
    ['heat', '2026-03-10T08:00'],
    ['heat', '2026-03-10T20:00'],
    ['ice', '2026-03-10T09:00'],
    ['stretch', '2026-03-23T23:59'],
    ['stretch', '2026-03-24T00:00'],
    ['walk', '2026-03-09T23:00'],
  ] as const) {
    insertTreatment(db, { kind, startedAt })
  }
}

describe('trends repository (hand-computed fixture)', () => {
  it('gives one row per day of the range with gaps as nulls, never zeros', () => {
    seedFixture(diary.db)
    const t = getTrends(diary.db, RANGE)
    expect(t.days.map((d) => d.date)).toEqual(
      Array.from({ length: 14 }, (_, i) => `2026-03-${String(10 + i).padStart(2, '0')}`),
    )
    const byDate = Object.fromEntries(t.days.map((d) => [d.date, d]))
    expect(byDate['2026-03-10']).toMatchObject({
      morningPain: 4,
      eveningPain: 2,
      morningStiffness: 6,
      eveningStiffness: 3,
      spasmFrequency: 3,
    })
    expect(byDate['2026-03-11']).toMatchObject({
      morningPain: null,
      eveningPain: null,
      morningStiffness: null,
      eveningStiffness: null,
      spasmFrequency: null,
    })
    expect(byDate['2026-03-12']).toMatchObject({ morningPain: null, eveningPain: 6 })
    expect(byDate['2026-03-16']).toMatchObject({
      morningPain: 1,
      eveningPain: null,
      spasmFrequency: 0,
    })
  })

  it('computes the 7-day rolling mean looking back before the range and null once empty', () => {
    seedFixture(diary.db)
    const rolling = getTrends(diary.db, RANGE).days.map((d) => d.painRolling7)
    const expected = [
      14 / 3, // 03-10: 8 (03-05), 4, 2
      14 / 3, // 03-11: window 03-05..03-11 still holds 03-05
      4, // 03-12: 4, 2, 6
      4,
      4,
      4, // 03-15: window 03-09..03-15
      13 / 4, // 03-16: 4, 2, 6, 1
      3.5, // 03-17: 03-10 left the window: 6, 1
      3.5,
      1, // 03-19: only 03-16
      1,
      1,
      1, // 03-22: window 03-16..03-22
      null, // 03-23: nothing in 03-17..03-23
    ]
    rolling.forEach((value, i) => {
      const want = expected[i]
      if (want === null || want === undefined) expect(value).toBeNull()
      else expect(value).toBeCloseTo(want, 10)
    })
  })

  it('clips episode spans to the range and keeps ongoing ones open to its end', () => {
    seedFixture(diary.db)
    expect(getTrends(diary.db, RANGE).episodes).toEqual([
      {
        id: 1,
        region: 'lower',
        side: 'left',
        start: '2026-03-10',
        end: '2026-03-12',
        ongoing: false,
      },
      {
        id: 2,
        region: 'mid',
        side: 'right',
        start: '2026-03-20',
        end: '2026-03-23',
        ongoing: true,
      },
    ])
  })

  it('counts treatments per day and kind, including the last minute of the range', () => {
    seedFixture(diary.db)
    expect(getTrends(diary.db, RANGE).treatments).toEqual([
      { date: '2026-03-10', kind: 'heat', count: 2 },
      { date: '2026-03-10', kind: 'ice', count: 1 },
      { date: '2026-03-23', kind: 'stretch', count: 1 },
    ])
  })

  it('says which part of the day is worse and by how much', () => {
    seedFixture(diary.db)
    expect(getTrends(diary.db, RANGE).summary).toEqual({
      morningCheckins: 2,
      eveningCheckins: 2,
      // Morning pain 4, 1 → 2.5; evening 2, 6 → 4.
      pain: { morningMean: 2.5, eveningMean: 4, difference: -1.5, worse: 'evening' },
      // Morning stiffness 6, 2 → 4; evening 3, 5 → 4.
      stiffness: { morningMean: 4, eveningMean: 4, difference: 0, worse: 'same' },
    })
  })

  it('moves an "All" range up to the first entry instead of walking empty decades', () => {
    seedFixture(diary.db)
    const t = getTrends(diary.db, { from: '1900-01-01', to: '2026-03-23' })
    expect(t.from).toBe('2026-02-20')
    expect(t.days[0]?.date).toBe('2026-02-20')
    expect(t.days).toHaveLength(32)
  })

  it('answers an empty diary with an empty, flagged result', () => {
    const t = getTrends(diary.db, { from: '1900-01-01', to: '2026-03-23' })
    expect(t).toMatchObject({ empty: true, days: [], episodes: [], treatments: [] })
    expect(t.summary.pain.worse).toBeNull()
  })

  it('flags a range with only days outside its entries as empty', () => {
    seedFixture(diary.db)
    diary.db.exec("UPDATE episodes SET ended_on = '2026-03-25' WHERE id = 2")
    const t = getTrends(diary.db, { from: '2026-05-01', to: '2026-05-07' })
    expect(t.empty).toBe(true)
    expect(t.days).toHaveLength(7)
    expect(t.days.every((d) => d.morningPain === null && d.painRolling7 === null)).toBe(true)
  })
})

describe('query plans at ten years', () => {
  // One ten-year diary for every plan: the planner's choice depends on how much data there is.
  let big: TempDiary
  beforeAll(() => {
    big = openTempDiary()
    seedSyntheticDiary(big.db, { to: '2026-11-24', days: 3650 })
  })
  afterAll(() => big.close())

  /**
   * Every step touching checkins (c) or treatments (t) must SEARCH an index, never SCAN.
   * Episodes (about 15 a year) may be scanned: the planner rightly prefers that at ten years.
   */
  function plan(sql: string, params: Record<string, string>): string[] {
    return big.db
      .prepare<Record<string, string>, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all(params)
      .map((r) => r.detail)
  }

  const params = { from: '2025-11-25', to: '2026-11-24', today: '2026-11-24' }
  const queries = [
    ['trend days', TREND_DAYS_SQL],
    ['trend treatments', TREND_TREATMENTS_SQL],
    ['trend summary', TREND_SUMMARY_SQL],
    ['report slots', REPORT_SLOTS_SQL],
    ['report check-ins', REPORT_CHECKINS_SQL],
    ['report treatments', REPORT_TREATMENTS_SQL],
    ['report medications', REPORT_MEDICATIONS_SQL],
    ['report weekly', REPORT_WEEKLY_SQL],
  ] as const
  for (const stats of ['without', 'with'] as const) {
    describe(`${stats} ANALYZE statistics`, () => {
      beforeAll(() => {
        if (stats === 'with') big.db.exec('ANALYZE')
      })
      it.each(queries)('%s searches an index', (_name, sql) => {
        const used = Object.fromEntries(
          Object.entries(params).filter(([key]) => sql.includes(`:${key}`)),
        )
        const steps = plan(sql, used)
        const tableSteps = steps.filter((d) => /^(SCAN|SEARCH) [ct]\b/.test(d))
        expect(tableSteps.length, steps.join('\n')).toBeGreaterThan(0)
        for (const step of tableSteps) {
          expect(step, steps.join('\n')).toMatch(/^SEARCH [ct] USING (COVERING )?INDEX /)
        }
      })
    })
  }
})

describe('trends:get channel', () => {
  it('answers through dispatch with the contract shape', async () => {
    seedFixture(diary.db)
    const result = await diary.call('trends:get', RANGE)
    expect(result.ok).toBe(true)
    if (result.ok) expect((result.value as { days: unknown[] }).days).toHaveLength(14)
  })

  it.each([
    ['a number for a date (wrong type)', { from: 20260310, to: '2026-03-23' }, 'from'],
    ['an impossible date (out of range)', { from: '2026-02-30', to: '2026-03-23' }, 'from'],
    ['from after to', { from: '2026-03-24', to: '2026-03-23' }, 'from'],
    ['no end (missing field)', { from: '2026-03-10' }, 'to'],
    ['an extra field', { ...RANGE, limit: 5 }, ''],
  ])('refuses %s and changes nothing', async (_name, input, path) => {
    seedFixture(diary.db)
    const before = snapshot(diary.db)
    const result = await diary.call('trends:get', input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input')
      expect(result.error.issues?.map((i) => i.path)).toContain(path)
    }
    expect(snapshot(diary.db)).toEqual(before)
  })
})

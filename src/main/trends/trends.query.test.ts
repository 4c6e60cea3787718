import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { insertCheckin, insertEpisode, insertTreatment } from '../../../testing/diary-rows'
import { expectRefused } from '../../../testing/expect-refused'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'
import { queryPlan } from '../../../testing/query-plans'
import { tenYearDiaryPerFile } from '../../../testing/ten-year-diary'
import type { DB } from '../db/database'
import { getTrends } from './trends.query'
import {
  bucketDays,
  TREND_DAYS_SQL,
  TREND_SUMMARY_SQL,
  TREND_TREATMENTS_SQL,
  TREND_WEEK_TREATMENTS_SQL,
  TREND_WEEKS_SQL,
} from './trends.sql'
import {
  REPORT_CHECKINS_SQL,
  REPORT_MEDICATIONS_SQL,
  REPORT_SLOTS_SQL,
  REPORT_TREATMENTS_SQL,
  REPORT_WEEKLY_SQL,
  REPORT_NOTE_ROWS,
  REPORT_NOTES_SQL,
} from '../report/report.sql'
import { RULE_PAIN_CHECKINS_SQL, RULE_TICKS_SQL } from '../clinical/rule-rows.query'
import { BACK_PAIN_MIN, LONG_MORNING_STIFFNESS_MINUTES } from '../../shared/clinical/thresholds'
import { MEANINGFUL_DROP_PARAMS } from '../clinical/meaningful-drop'

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
        bandStart: '2026-03-10',
        bandEnd: '2026-03-12',
      },
      {
        id: 2,
        region: 'mid',
        side: 'right',
        start: '2026-03-20',
        end: '2026-03-23',
        ongoing: true,
        bandStart: '2026-03-20',
        bandEnd: '2026-03-23',
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
    // The page says where the diary starts, so a longer range does not look like a mistake.
    expect(t.diaryStart).toBe('2026-02-20')
    expect(getTrends(diary.db, RANGE).diaryStart).toBeNull()
    expect(getTrends(diary.db, { from: '2026-02-20', to: '2026-03-23' }).diaryStart).toBeNull()
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

describe('trends repository, weekly points for ranges over a year', () => {
  /** 2025-01-01 to 2026-01-31 is 396 days; weeks are counted back from Sat 31 Jan 2026. */
  function seedWeeks(db: DB) {
    insertCheckin(db, { date: '2025-01-01', slot: 'morning', pain: 2, stiffness: 3 })
    insertCheckin(db, { date: '2026-01-20', slot: 'evening', pain: 8, stiffness: 6 })
    insertCheckin(db, { date: '2026-01-24', slot: 'morning', pain: 4, stiffness: 5 })
    insertCheckin(db, { date: '2026-01-25', slot: 'evening', pain: 2, stiffness: 1 })
    insertCheckin(db, {
      date: '2026-01-25',
      slot: 'other',
      pain: 9,
      stiffness: 9,
      spasmFrequency: 3,
    })
    insertCheckin(db, {
      date: '2026-01-31',
      slot: 'morning',
      pain: 6,
      stiffness: 7,
      spasmFrequency: 1,
    })
    insertEpisode(db, { startedOn: '2026-01-19', endedOn: '2026-01-26' })
    insertTreatment(db, { kind: 'heat', startedAt: '2026-01-31T08:00' })
    insertTreatment(db, { kind: 'heat', startedAt: '2026-01-25T07:00' })
    insertTreatment(db, { kind: 'ice', startedAt: '2026-01-24T23:00' })
  }
  const WEEKS = { from: '2025-01-01', to: '2026-01-31' }

  it('gives one point per 7 days ending on its date, oldest first, empty weeks as nulls', () => {
    seedWeeks(diary.db)
    const t = getTrends(diary.db, WEEKS)
    expect(t.resolution).toBe('week')
    expect(t.days).toHaveLength(57)
    // The oldest bucket (29 Dec – 4 Jan) begins before the range and holds 1 January.
    expect(t.days[0]).toMatchObject({ date: '2025-01-04', morningPain: 2, painRolling7: 2 })
    expect(t.days.at(-3)).toEqual({
      date: '2026-01-17',
      morningStiffness: null,
      eveningStiffness: null,
      morningPain: null,
      eveningPain: null,
      painRolling7: null,
      spasmFrequency: null,
    })
    expect(t.days.at(-2)).toEqual({
      date: '2026-01-24',
      morningStiffness: 5,
      eveningStiffness: 6,
      morningPain: 4,
      eveningPain: 8,
      painRolling7: 6,
      spasmFrequency: 0,
    })
    // The flare-up's pain 9 stays out of the means; its spasms count.
    expect(t.days.at(-1)).toEqual({
      date: '2026-01-31',
      morningStiffness: 7,
      eveningStiffness: 1,
      morningPain: 6,
      eveningPain: 2,
      painRolling7: 4,
      spasmFrequency: 3,
    })
  })

  it('puts treatments and episode bands on the weekly axis', () => {
    seedWeeks(diary.db)
    const t = getTrends(diary.db, WEEKS)
    expect(t.treatments).toEqual([
      { date: '2026-01-24', kind: 'ice', count: 1 },
      { date: '2026-01-31', kind: 'heat', count: 2 },
    ])
    expect(t.episodes).toMatchObject([
      { start: '2026-01-19', end: '2026-01-26', bandStart: '2026-01-24', bandEnd: '2026-01-31' },
    ])
  })

  it('takes the summary of a weekly range from the same pass, equal to the daily one', () => {
    seedWeeks(diary.db)
    const weekly = getTrends(diary.db, WEEKS)
    // Morning pain 2, 4, 6 → 4; evening 8, 2 → 5. Morning stiffness 3, 5, 7 → 5; evening 6, 1 → 3.5.
    expect(weekly.summary).toEqual({
      morningCheckins: 3,
      eveningCheckins: 2,
      pain: { morningMean: 4, eveningMean: 5, difference: -1, worse: 'evening' },
      stiffness: { morningMean: 5, eveningMean: 3.5, difference: 1.5, worse: 'morning' },
    })
  })

  it('uses 4-week buckets beyond three years', () => {
    seedWeeks(diary.db)
    insertCheckin(diary.db, { date: '2022-01-01', slot: 'morning', pain: 1, stiffness: 1 })
    const t = getTrends(diary.db, { from: '2022-01-01', to: '2026-01-31' })
    expect(t).toMatchObject({ resolution: '4 weeks', bucketDays: 28 })
    // Bucket 0 is 4–31 Jan 2026: mornings 4, 6; evenings 8, 2.
    expect(t.days.at(-1)).toEqual({
      date: '2026-01-31',
      morningStiffness: 6,
      eveningStiffness: 3.5,
      morningPain: 5,
      eveningPain: 5,
      painRolling7: 5,
      spasmFrequency: 3,
    })
    expect(t.days.at(-2)?.date).toBe('2026-01-03')
    expect(t.treatments).toEqual([
      { date: '2026-01-31', kind: 'heat', count: 2 },
      { date: '2026-01-31', kind: 'ice', count: 1 },
    ])
    expect(t.episodes[0]).toMatchObject({ bandStart: '2026-01-31', bandEnd: '2026-01-31' })
  })

  it('stays daily up to 366 days', () => {
    seedWeeks(diary.db)
    const t = getTrends(diary.db, { from: '2025-01-31', to: '2026-01-31' })
    expect(t.resolution).toBe('day')
    expect(t.days).toHaveLength(366)
  })

  it('buckets no finer than the chart has pixel columns (maxPoints)', () => {
    seedWeeks(diary.db)
    const year = { from: '2025-01-31', to: '2026-01-31' }
    // 366 days fit 366 columns; on 365 they are weeks, the same weeks a longer range gets.
    const daily = getTrends(diary.db, { ...year, maxPoints: 366 })
    expect(daily.days).toHaveLength(366)
    const narrow = getTrends(diary.db, { ...year, maxPoints: 365 })
    expect(narrow).toMatchObject({ resolution: 'week', bucketDays: 7 })
    expect(narrow.days).toHaveLength(53)
    const weeks = getTrends(diary.db, WEEKS)
    expect(narrow.days.at(-1)).toEqual(weeks.days.at(-1))
    expect(narrow.treatments.at(-1)).toEqual(weeks.treatments.at(-1))
    // The range's means do not depend on the buckets.
    expect(narrow.summary).toEqual(daily.summary)
    // Narrower than 53 weeks: 4-week buckets; nothing coarser exists, so 14 of them on 10 px.
    expect(getTrends(diary.db, { ...year, maxPoints: 52 })).toMatchObject({ bucketDays: 28 })
    expect(getTrends(diary.db, { ...year, maxPoints: 10 }).days).toHaveLength(14)
  })
})

describe('trends:get input', () => {
  it.each([0, -5, 1.5, 100_001, '400', null])('refuses maxPoints %s, saying why', async (bad) => {
    const message = await expectRefused(
      diary,
      'trends:get',
      { from: '2025-01-01', to: '2025-12-31', maxPoints: bad },
      { path: 'maxPoints' },
    )
    expect(message).toMatch(/chart width/)
  })

  it('answers a range with and without maxPoints', async () => {
    for (const input of [
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2025-01-01', to: '2025-12-31', maxPoints: 100 },
    ]) {
      expect((await diary.call('trends:get', input)).ok).toBe(true)
    }
  })
})

describe('bucketDays', () => {
  it.each([
    [92, undefined, 1],
    [366, undefined, 1],
    [367, undefined, 7],
    [1098, undefined, 7],
    [1099, undefined, 28],
    [92, 100, 1],
    [92, 91, 7],
    [366, 53, 7],
    [366, 52, 28],
    [1098, 157, 7],
    [1098, 156, 28],
    [3650, 1, 28],
  ])('%i days on %s columns: %i-day points', (days, columns, size) => {
    expect(bucketDays(days, columns)).toBe(size)
  })
})

describe('query plans at ten years', () => {
  const big = tenYearDiaryPerFile()

  /**
   * Every step touching check-ins or the daily summary (c) or treatments (t) must SEARCH an
   * index or the summary's row ids (its day numbers), never SCAN. Episodes (about 15 a year)
   * may be scanned: the planner rightly prefers that at ten years.
   */
  // Each query at the range it serves: a year for daily charts and the report, ten years
  // for the bucketed "All" charts.
  const year = {
    from: '2025-11-25',
    to: '2026-11-24',
    today: '2026-11-24',
    dataFrom: '2025-11-25',
    longStiffness: LONG_MORNING_STIFFNESS_MINUTES,
    ...MEANINGFUL_DROP_PARAMS,
    painMin: BACK_PAIN_MIN,
    noteRows: REPORT_NOTE_ROWS,
  }
  const all = { from: '2016-11-27', to: '2026-11-24', size: 28 }
  const queries = [
    ['trend days', TREND_DAYS_SQL, year],
    ['trend treatments', TREND_TREATMENTS_SQL, year],
    ['trend summary', TREND_SUMMARY_SQL, year],
    ['trend buckets (all)', TREND_WEEKS_SQL, all],
    ['trend bucketed treatments (all)', TREND_WEEK_TREATMENTS_SQL, all],
    ['report slots', REPORT_SLOTS_SQL, year],
    ['report check-ins', REPORT_CHECKINS_SQL, year],
    ['report treatments', REPORT_TREATMENTS_SQL, year],
    ['report medications', REPORT_MEDICATIONS_SQL, year],
    ['report weekly', REPORT_WEEKLY_SQL, { ...year, weekStart: 1 }],
    ['report notes for the doctor', REPORT_NOTES_SQL, year],
    ['rule rows: warning signs', RULE_TICKS_SQL, year],
    ['rule rows: check-ins with pain', RULE_PAIN_CHECKINS_SQL, year],
  ] as const
  for (const stats of ['without', 'with'] as const) {
    describe(`${stats} ANALYZE statistics`, () => {
      beforeAll(() => {
        if (stats === 'with') big.db.exec('ANALYZE')
      })
      // With statistics the planner rightly reads the whole table for "All" (every row is
      // wanted); the year-range queries must search the index either way.
      const cases = stats === 'with' ? queries.filter(([, , p]) => p === year) : queries
      it.each(cases)('%s searches an index or a range of days', (_name, sql, params) => {
        const steps = queryPlan(big.db, sql, params)
        const tableSteps = steps.filter((d) => /^(SCAN|SEARCH) [ct]\b/.test(d))
        expect(tableSteps.length, steps.join('\n')).toBeGreaterThan(0)
        for (const step of tableSteps) {
          expect(step, steps.join('\n')).toMatch(
            /^SEARCH [ct] USING ((COVERING )?INDEX |INTEGER PRIMARY KEY \(rowid[<>=])/,
          )
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

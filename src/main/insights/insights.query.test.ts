import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  insertCheckin,
  insertDayFactors,
  insertEpisode,
  insertOnsetFactors,
  insertTreatment,
  type CheckinRowInput,
} from '../../../testing/diary-rows'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { seedSyntheticDiary } from '../../../testing/synthetic-diary'
import { relinkEntries } from '../episodes/episode-links'
import type { DB } from '../db/database'
import {
  getInsights,
  INSIGHT_EARLY_SIGNS_SQL,
  INSIGHT_FACTORS_SQL,
  INSIGHT_GAPS_SQL,
  INSIGHT_HEAT_ICE_SQL,
  INSIGHT_PHASES_SQL,
  INSIGHT_RECOVERY_SQL,
} from './insights.query'
import { FACTOR_CODES, ONSET_WINDOW_HOURS } from '../../shared/clinical/factors'
import { MEANINGFUL_DROP_PARAMS } from '../clinical/meaningful-drop'
import {
  EARLY_PHASE_LAST_DAY,
  EARLY_SIGN_DAYS,
  FIRST_HOURS,
  RECOVERED_PAIN_MAX,
  SETTLING_PHASE_LAST_DAY,
} from '../../shared/clinical/insights'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary()
})
afterEach(() => diary.close())

const checkin = (db: DB, c: Partial<CheckinRowInput> & Pick<CheckinRowInput, 'date'>) =>
  insertCheckin(db, { slot: 'morning', pain: 3, stiffness: 3, ...c })
const evening = (db: DB, date: string, factors?: string[]) => {
  const id = checkin(db, { date, slot: 'evening' })
  if (factors) insertDayFactors(db, id, factors)
  return id
}

/**
 * Factors, by hand. Onsets in March–April: E1 (long sitting, poor sleep), E2 (long sitting),
 * E3 (answered: none), E4 (not answered) → 4 onsets, 3 with data.
 * Evenings: 03-01 and 03-15 are the day before an onset (left out); 03-03 is inside E1; 05-05
 * is outside the range; 03-12 recorded no factors. Ordinary days: 03-10, 03-11, 03-12, 04-10
 * (4), with data 03-10 (long sitting, stress), 03-11 (none), 04-10 (poor sleep) (3).
 */
function seedFactors(db: DB) {
  const e1 = insertEpisode(db, { startedOn: '2026-03-02', endedOn: '2026-03-04' })
  const e2 = insertEpisode(db, { startedOn: '2026-03-16', endedOn: '2026-03-18' })
  const e3 = insertEpisode(db, { startedOn: '2026-04-01', endedOn: '2026-04-02' })
  insertEpisode(db, { startedOn: '2026-04-20', endedOn: '2026-04-21' })
  insertOnsetFactors(db, e1, ['long_sitting', 'poor_sleep'])
  insertOnsetFactors(db, e2, ['long_sitting'])
  insertOnsetFactors(db, e3, [])
  evening(db, '2026-03-01', ['long_sitting'])
  evening(db, '2026-03-03', ['long_sitting'])
  evening(db, '2026-03-10', ['long_sitting', 'high_stress'])
  evening(db, '2026-03-11', [])
  evening(db, '2026-03-12')
  evening(db, '2026-03-15', ['poor_sleep'])
  evening(db, '2026-04-10', ['poor_sleep'])
  evening(db, '2026-05-05', ['long_sitting'])
  checkin(db, { date: '2026-03-20' })
  relinkEntries(db)
}

describe('factors before onset against ordinary days', () => {
  it('counts onsets with a checklist and ordinary evenings with factors', () => {
    seedFactors(diary.db)
    const { factors } = getInsights(
      diary.db,
      { from: '2026-03-01', to: '2026-04-30' },
      '2026-06-30',
    )
    expect(factors).toMatchObject({
      onsets: 4,
      onsetsWithData: 3,
      ordinaryDays: 4,
      ordinaryDaysWithData: 3,
      minimumOnsets: 3,
      enoughData: true,
    })
    // Ranked by share before onsets minus share on ordinary days: 2/3−1/3, then 1/3−1/3 and
    // the factors never ticked (0), catalogue order among equals, stress (0−1/3) last.
    expect(factors.rows.map((r) => [r.code, r.beforeOnsets, r.onOrdinaryDays])).toEqual([
      ['long_sitting', 2, 1],
      ['poor_sleep', 1, 1],
      ['long_drive', 0, 0],
      ['heavy_lifting', 0, 0],
      ['awkward_twist_or_bend', 0, 0],
      ['hard_or_new_exercise', 0, 0],
      ['fall_or_blow', 0, 0],
      ['other', 0, 0],
      ['high_stress', 0, 1],
    ])
  })

  it('ranks nothing below 3 onsets with data, and words no line for the report', () => {
    seedFactors(diary.db)
    const insights = getInsights(diary.db, { from: '2026-03-01', to: '2026-03-31' }, '2026-06-30')
    expect(insights.factors).toMatchObject({ onsets: 2, onsetsWithData: 2, enoughData: false })
    expect(insights.factors.rows.map((r) => r.code)).toEqual([
      'long_sitting',
      'long_drive',
      'heavy_lifting',
      'awkward_twist_or_bend',
      'poor_sleep',
      'high_stress',
      'hard_or_new_exercise',
      'fall_or_blow',
      'other',
    ])
    expect(insights.strongest.find((l) => l.section === 'factors')).toBeUndefined()
  })

  it('sends no factor to the summary from 3 onsets: a finding needs 5 and a passing test', () => {
    seedFactors(diary.db)
    const { strongest } = getInsights(
      diary.db,
      { from: '2026-03-01', to: '2026-04-30' },
      '2026-06-30',
    )
    // 2 of 3 spasms against 1 of 3 other days could well be chance.
    expect(strongest).toEqual([])
  })

  it('answers zeros, not errors, for an empty diary', () => {
    const insights = getInsights(diary.db, { from: '1900-01-01', to: '2026-06-30' }, '2026-06-30')
    expect(insights.factors).toMatchObject({ onsets: 0, onsetsWithData: 0, ordinaryDays: 0 })
    expect(insights.recovery).toEqual({
      episodes: [],
      trend: { status: 'not_enough_data', episodes: 0, minimumPerHalf: 5 },
      gaps: [{ region: null, gaps: 0, medianDays: null }],
    })
    expect(insights.phases).toEqual([])
    expect(insights.heatVsIce.episodes).toBe(0)
    expect(insights.earlySigns).toMatchObject({ onsets: 0, enoughData: false, signs: [] })
    expect(insights.strongest).toEqual([])
  })
})

/**
 * Recovery, by hand (today 2026-02-25):
 * R1 lower 01-05…01-10: 01-05 mean 7, 01-06 none (a gap), 01-07 5, 01-08 mean of 3, 1, 2 = 2
 *   (recovered on day 4), 01-10 1.
 * R2 mid 01-08…01-12 overlaps R1: its day 1 is 01-08 (2: recovered on day 1), 01-10 day 3,
 *   01-11 day 4 (4).
 * R3 lower 02-01…02-03: no check-ins at all → recovered by its end, 3 days.
 * R4 upper 02-20, ongoing: 6 days so far, pain 6 on day 2 → not recovered yet.
 */
function seedRecovery(db: DB) {
  insertEpisode(db, { startedOn: '2026-01-05', endedOn: '2026-01-10', region: 'lower' })
  insertEpisode(db, { startedOn: '2026-01-08', endedOn: '2026-01-12', region: 'mid' })
  insertEpisode(db, { startedOn: '2026-02-01', endedOn: '2026-02-03', region: 'lower' })
  insertEpisode(db, { startedOn: '2026-02-20', endedOn: null, region: 'upper' })
  checkin(db, { date: '2026-01-05', pain: 8 })
  checkin(db, { date: '2026-01-05', slot: 'evening', pain: 6 })
  checkin(db, { date: '2026-01-07', pain: 5 })
  checkin(db, { date: '2026-01-08', pain: 3 })
  checkin(db, { date: '2026-01-08', slot: 'evening', pain: 1 })
  checkin(db, { date: '2026-01-08', slot: 'other', pain: 2 })
  checkin(db, { date: '2026-01-10', pain: 1 })
  checkin(db, { date: '2026-01-11', pain: 4 })
  checkin(db, { date: '2026-02-21', pain: 6 })
  relinkEntries(db)
}

describe('recovery', () => {
  it('overlays each episode from its first day with gaps as gaps', () => {
    seedRecovery(diary.db)
    const { recovery } = getInsights(
      diary.db,
      { from: '2026-01-01', to: '2026-02-25' },
      '2026-02-25',
    )
    expect(
      recovery.episodes.map(({ id, days, curve, daysToRecovery, recoveredBy }) => ({
        id,
        days,
        curve: curve.map((p) => [p.day, p.pain]),
        daysToRecovery,
        recoveredBy,
      })),
    ).toEqual([
      {
        id: 1,
        days: 6,
        curve: [
          [1, 7],
          [3, 5],
          [4, 2],
          [6, 1],
        ],
        daysToRecovery: 4,
        recoveredBy: 'pain',
      },
      {
        id: 2,
        days: 5,
        curve: [
          [1, 2],
          [3, 1],
          [4, 4],
        ],
        daysToRecovery: 1,
        recoveredBy: 'pain',
      },
      { id: 3, days: 3, curve: [], daysToRecovery: 3, recoveredBy: 'end' },
      { id: 4, days: 6, curve: [[2, 6]], daysToRecovery: null, recoveredBy: null },
    ])
  })

  it('measures gaps between starts, overall and per region', () => {
    seedRecovery(diary.db)
    const { recovery } = getInsights(
      diary.db,
      { from: '2026-01-01', to: '2026-02-25' },
      '2026-02-25',
    )
    // Starts 01-05, 01-08, 02-01, 02-20: gaps 3, 24, 19 → median 19. Lower: 27 days.
    expect(recovery.gaps).toEqual([
      { region: null, gaps: 3, medianDays: 19 },
      { region: 'lower', gaps: 1, medianDays: 27 },
      { region: 'mid', gaps: 0, medianDays: null },
      { region: 'upper', gaps: 0, medianDays: null },
    ])
    // Three known recovery times: halves of one, below the three each half needs.
    expect(recovery.trend).toEqual({ status: 'not_enough_data', episodes: 3, minimumPerHalf: 5 })
  })

  /** Ended episodes without check-ins: their days to recovery are their lengths. */
  function seedLengths(lengths: number[]) {
    lengths.forEach((length, i) => {
      const start = new Date(Date.UTC(2025, 0, 1 + i * 40))
      const end = new Date(start.getTime() + (length - 1) * 86_400_000)
      const iso = (d: Date) => d.toISOString().slice(0, 10)
      insertEpisode(diary.db, { startedOn: iso(start), endedOn: iso(end) })
    })
  }

  it('compares the recent half with the earlier half by their medians', () => {
    // Earlier [10, 8, 12, 9, 11] → 10; the middle 5 sits out; recent [4, 6, 5, 3, 7] → 5.
    seedLengths([10, 8, 12, 9, 11, 5, 4, 6, 5, 3, 7])
    const insights = getInsights(diary.db, { from: '1900-01-01', to: '2026-06-30' }, '2026-06-30')
    expect(insights.recovery.trend).toEqual({
      status: 'enough_data',
      earlier: { episodes: 5, medianDays: 10 },
      recent: { episodes: 5, medianDays: 5 },
      direction: 'faster',
    })
    // No test stands behind it, so it stays on the page and out of the doctor's summary.
    expect(insights.strongest.map((l) => l.section)).not.toContain('recovery')
  })

  it('needs five episodes in each half', () => {
    seedLengths([3, 9, 4, 8, 5, 9, 4, 8, 5])
    const nine = getInsights(diary.db, { from: '1900-01-01', to: '2026-06-30' }, '2026-06-30')
    expect(nine.recovery.trend).toEqual({
      status: 'not_enough_data',
      episodes: 9,
      minimumPerHalf: 5,
    })
    seedLengths([3])
    const ten = getInsights(diary.db, { from: '1900-01-01', to: '2026-06-30' }, '2026-06-30')
    expect(ten.recovery.trend).toMatchObject({ status: 'enough_data' })
  })

  it('reads "about as fast" when the medians are less than a day apart', () => {
    seedLengths([4, 5, 6, 5, 4, 6, 5, 4, 5, 6])
    const { recovery } = getInsights(
      diary.db,
      { from: '1900-01-01', to: '2026-06-30' },
      '2026-06-30',
    )
    expect(recovery.trend).toMatchObject({ status: 'enough_data', direction: 'same' })
  })
})

/**
 * What helps when, by hand. P1 lower 03-01…03-12, P2 04-01…04-05.
 * Heat: days 1–2 (3→… changes 3, 3, 1: mean 7/3, 2 drops of 2+); days 3–7 (1, 0 and one not
 * rated: 2 rated, not enough); day 8 on (1, 0, 0: mean 1/3, no drop); outside (one session).
 * Ice: days 1–2 (1, 3 in P1; 3 in P2 → 3 rated, mean 7/3, 2 drops); days 3–7 (1, 0).
 * First 72 hours of P1 (before 03-04T00:00): heat 3, 3, 1, 1 (03-03T00:00) and ice 1, 3, 1
 * (03-03T20:00); ice at exactly 72 hours is out. P2 used only ice, so it is not compared.
 */
function seedTreatments(db: DB) {
  insertEpisode(db, { startedOn: '2026-03-01', endedOn: '2026-03-12' })
  insertEpisode(db, { startedOn: '2026-04-01', endedOn: '2026-04-05' })
  const t = (kind: string, startedAt: string, before: number, after: number | null) =>
    insertTreatment(db, { kind, startedAt, painBefore: before, painAfter: after })
  t('heat', '2026-03-01T08:00', 7, 4)
  t('heat', '2026-03-02T23:59', 6, 3)
  t('heat', '2026-03-02T10:00', 5, 4)
  t('heat', '2026-03-03T00:00', 5, 4)
  t('heat', '2026-03-07T12:00', 4, 4)
  t('heat', '2026-03-07T18:00', 4, null)
  t('heat', '2026-03-08T09:00', 4, 3)
  t('heat', '2026-03-10T09:00', 4, 4)
  t('heat', '2026-03-12T09:00', 3, 3)
  t('heat', '2026-03-20T10:00', 3, 1)
  t('ice', '2026-03-01T12:00', 7, 6)
  t('ice', '2026-03-02T09:00', 7, 4)
  t('ice', '2026-03-03T20:00', 6, 5)
  t('ice', '2026-03-04T00:00', 5, 5)
  t('ice', '2026-04-01T10:00', 6, 3)
  relinkEntries(db)
}

describe('what helps when', () => {
  it('splits treatments by episode phase with the Treatments page rule', () => {
    seedTreatments(diary.db)
    const { phases } = getInsights(diary.db, { from: '2026-03-01', to: '2026-04-30' }, '2026-06-30')
    expect(phases).toEqual([
      {
        kind: 'heat',
        phase: 'early',
        sessions: 3,
        ratedSessions: 3,
        effect: { status: 'enough_data', meanChange: 7 / 3, meaningfulDrops: 2 },
      },
      {
        kind: 'heat',
        phase: 'settling',
        sessions: 3,
        ratedSessions: 2,
        effect: { status: 'not_enough_data', minimumRated: 3 },
      },
      {
        kind: 'heat',
        phase: 'later',
        sessions: 3,
        ratedSessions: 3,
        effect: { status: 'enough_data', meanChange: 1 / 3, meaningfulDrops: 0 },
      },
      {
        kind: 'heat',
        phase: 'outside',
        sessions: 1,
        ratedSessions: 1,
        effect: { status: 'not_enough_data', minimumRated: 3 },
      },
      {
        kind: 'ice',
        phase: 'early',
        sessions: 3,
        ratedSessions: 3,
        effect: { status: 'enough_data', meanChange: 7 / 3, meaningfulDrops: 2 },
      },
      {
        kind: 'ice',
        phase: 'settling',
        sessions: 2,
        ratedSessions: 2,
        effect: { status: 'not_enough_data', minimumRated: 3 },
      },
    ])
  })

  it('compares heat with ice in the first 72 hours of episodes that used both', () => {
    seedTreatments(diary.db)
    const { heatVsIce } = getInsights(
      diary.db,
      { from: '2026-03-01', to: '2026-04-30' },
      '2026-06-30',
    )
    expect(heatVsIce).toEqual({
      episodes: 1,
      heat: {
        sessions: 4,
        ratedSessions: 4,
        effect: { status: 'enough_data', meanChange: 2, meaningfulDrops: 2 },
      },
      ice: {
        sessions: 3,
        ratedSessions: 3,
        effect: { status: 'enough_data', meanChange: 5 / 3, meaningfulDrops: 1 },
      },
    })
  })

  it('compares no phases, nor heat with ice, on 3 or 4 rated sessions a group', () => {
    seedTreatments(diary.db)
    const { strongest } = getInsights(
      diary.db,
      { from: '2026-03-01', to: '2026-04-30' },
      '2026-06-30',
    )
    // 2 of 3 against 0 of 3, and 2 of 4 against 1 of 3: under 5 rated sessions, no comparison.
    expect(strongest).toEqual([])
  })
})

/**
 * Early signs, by hand. Onsets S1 05-10, S2 05-20, S3 06-01 (to 06-02), S4 06-03.
 * Days before (outside episodes): S1 05-07 (40 min, pain 5, sleep broken), 05-09 (60, 6);
 * S2 05-18 (30, 4, broken on the evening entry); S3 05-31 (20, 3); S4 05-31 again (06-01 and
 * 06-02 are inside S3). → 5 mornings: minutes 34, pain 4.2; sleep broken on 2 of 5 days.
 * Other days: 05-01 (10, 2), 05-02 (20, 1, broken), 05-03 (evening only), 05-15 (0, 0)
 * → minutes 10, pain 1 over 3 mornings; sleep 1 of 4 days. 05-11 (inside S1) counts nowhere.
 */
function seedEarlySigns(db: DB) {
  insertEpisode(db, { startedOn: '2026-05-10', endedOn: '2026-05-12' })
  insertEpisode(db, { startedOn: '2026-05-20', endedOn: '2026-05-21' })
  insertEpisode(db, { startedOn: '2026-06-01', endedOn: '2026-06-02', region: 'mid' })
  insertEpisode(db, { startedOn: '2026-06-03', endedOn: '2026-06-04' })
  const morning = (date: string, minutes: number, pain: number, sleepInterrupted = false) =>
    checkin(db, { date, stiffnessMinutes: minutes, pain, sleepInterrupted })
  morning('2026-05-07', 40, 5, true)
  morning('2026-05-09', 60, 6)
  checkin(db, { date: '2026-05-09', slot: 'evening', pain: 3 })
  morning('2026-05-18', 30, 4)
  checkin(db, { date: '2026-05-18', slot: 'evening', sleepInterrupted: true })
  morning('2026-05-31', 20, 3)
  morning('2026-06-01', 80, 8, true)
  morning('2026-06-02', 80, 8, true)
  morning('2026-05-01', 10, 2)
  morning('2026-05-02', 20, 1, true)
  checkin(db, { date: '2026-05-03', slot: 'evening', pain: 2 })
  morning('2026-05-15', 0, 0)
  morning('2026-05-11', 90, 9, true)
  relinkEntries(db)
}

describe('early signs', () => {
  it('compares the days before onsets with the person’s other days', () => {
    seedEarlySigns(diary.db)
    const { earlySigns } = getInsights(
      diary.db,
      { from: '2026-05-01', to: '2026-06-30' },
      '2026-06-30',
    )
    expect(earlySigns).toEqual({
      onsets: 4,
      onsetsWithData: 4,
      minimumOnsets: 3,
      enoughData: true,
      signs: [
        {
          sign: 'stiffness_minutes',
          before: { n: 5, value: 34 },
          baseline: { n: 3, value: 10 },
        },
        {
          sign: 'sleep_interrupted',
          before: { n: 5, value: 0.4 },
          baseline: { n: 4, value: 0.25 },
        },
        { sign: 'morning_pain', before: { n: 5, value: 4.2 }, baseline: { n: 3, value: 1 } },
      ],
    })
  })

  it('shows no numbers below 3 onsets', () => {
    seedEarlySigns(diary.db)
    const { earlySigns } = getInsights(
      diary.db,
      { from: '2026-05-01', to: '2026-05-25' },
      '2026-06-30',
    )
    expect(earlySigns).toEqual({
      onsets: 2,
      onsetsWithData: 2,
      minimumOnsets: 3,
      enoughData: false,
      signs: [],
    })
  })

  it('sends no early sign to the summary: it has no test behind it', () => {
    seedEarlySigns(diary.db)
    const { strongest } = getInsights(
      diary.db,
      { from: '2026-05-01', to: '2026-06-30' },
      '2026-06-30',
    )
    expect(strongest).toEqual([])
  })
})

describe('insights:get channel', () => {
  it('answers through dispatch with the contract shape, the range moved up to the first day', async () => {
    seedFactors(diary.db)
    const result = await diary.call('insights:get', { from: '1900-01-01', to: '2026-06-30' })
    expect(result).toMatchObject({ ok: true, value: { from: '2026-03-01', to: '2026-06-30' } })
  })

  it.each([
    ['from after to', { from: '2026-03-24', to: '2026-03-23' }],
    ['an impossible date', { from: '2026-02-30', to: '2026-03-23' }],
    ['an extra field', { from: '2026-03-01', to: '2026-03-23', ranked: true }],
    ['no range', undefined],
  ])('refuses %s', async (_name, input) => {
    const result = await diary.call('insights:get', input)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})

describe('query plans at ten years', () => {
  let big: TempDiary
  beforeAll(() => {
    big = openTempDiary()
    seedSyntheticDiary(big.db, { to: '2026-11-24', days: 3650 })
  })
  afterAll(() => big.close())

  const params = {
    today: '2026-11-24',
    codes: JSON.stringify(FACTOR_CODES),
    onsetWindowHours: ONSET_WINDOW_HOURS,
    recoveredPain: RECOVERED_PAIN_MAX,
    ...MEANINGFUL_DROP_PARAMS,
    earlyLastDay: EARLY_PHASE_LAST_DAY,
    settlingLastDay: SETTLING_PHASE_LAST_DAY,
    firstHours: FIRST_HOURS,
    earlySignDays: EARLY_SIGN_DAYS,
  }
  const year = { from: '2025-11-25', to: '2026-11-24' }
  const all = { from: '2016-11-27', to: '2026-11-24' }
  // Table aliases in the statements: checkins c, treatments t, episodes e, checklists l/d,
  // factors f. Check-ins, treatments and factor tables must be searched through an index or a
  // key, never scanned. Episodes (about 15 a year) may be scanned where every one of them could
  // overlap the range (as in Trends), but not where the range bounds their start.
  const queries = [
    ['factors', INSIGHT_FACTORS_SQL, 'ctefld'],
    ['recovery', INSIGHT_RECOVERY_SQL, 'cte'],
    ['gaps', INSIGHT_GAPS_SQL, 'e'],
    ['phases', INSIGHT_PHASES_SQL, 'ct'],
    ['heat vs ice', INSIGHT_HEAT_ICE_SQL, 'cte'],
    ['early signs', INSIGHT_EARLY_SIGNS_SQL, 'cte'],
  ] as const
  const cases = [
    ...queries.map(
      ([name, sql, aliases]) => [`${name} (a year)`, sql, aliases, year, false] as const,
    ),
    ...queries.map(
      ([name, sql, aliases]) => [`${name} (ten years)`, sql, aliases, all, false] as const,
    ),
    ...queries.map(
      ([name, sql, aliases]) => [`${name} (a year, ANALYZE)`, sql, aliases, year, true] as const,
    ),
  ]
  it.each(cases)('%s searches indexes', (_name, sql, aliases, range, analyze) => {
    if (analyze) big.db.exec('ANALYZE')
    const used = Object.fromEntries(
      Object.entries({ ...params, ...range }).filter(([key]) => sql.includes(`:${key}`)),
    )
    const steps = big.db
      .prepare<Record<string, string | number>, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all(used)
      .map((r) => r.detail)
    const tableSteps = steps.filter((d) => new RegExp(`^(SCAN|SEARCH) [${aliases}]\\b`).test(d))
    expect(tableSteps.length, steps.join('\n')).toBeGreaterThan(0)
    for (const step of tableSteps) {
      expect(step, steps.join('\n')).toMatch(
        /^SEARCH [a-z] USING (COVERING INDEX|INDEX|PRIMARY KEY|INTEGER PRIMARY KEY) /,
      )
    }
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { REPORT_PERIOD, REPORT_TODAY, seedReportFixture } from '../../../testing/report-fixture'
import { insertCheckin, insertEpisode } from '../../../testing/diary-rows'
import { saveSettings } from '../settings/settings.repo'
import { getReport } from './report.repo'
import { fromIsoDate } from '../../shared/dates'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary()
})
afterEach(() => diary.close())

describe('report repository (hand-computed March 2026)', () => {
  it('summarises the period', () => {
    seedReportFixture(diary.db)
    const r = getReport(diary.db, REPORT_PERIOD, REPORT_TODAY)
    expect(r.period).toEqual({ from: '2026-03-01', to: '2026-03-31', days: 31 })
    expect(r.checkins).toEqual({ count: 6, daysWithEntries: 3 })
    expect(r.episodes).toEqual({
      count: 4,
      medianDays: 18,
      longestDays: 29,
      ongoingPast14: [{ startedOn: '2026-03-22', region: 'mid', side: 'both', days: 20 }],
    })
    // Halves split at 03-16: morning pain 6, 8 | 2; evening 4 | 3.
    expect(r.pain.morning).toEqual({
      entries: 3,
      mean: 16 / 3,
      worst: 8,
      firstHalfMean: 7,
      secondHalfMean: 2,
      change: -5,
    })
    expect(r.pain.evening).toEqual({
      entries: 2,
      mean: 3.5,
      worst: 4,
      firstHalfMean: 4,
      secondHalfMean: 3,
      change: -1,
    })
    expect(r.stiffness.morning).toEqual({
      entries: 3,
      mean: 19 / 3,
      worst: 8,
      firstHalfMean: 7.5,
      secondHalfMean: 4,
      change: -3.5,
    })
    expect(r.stiffness.evening).toMatchObject({ mean: 2.5, worst: 3, change: -1 })
    // Frequencies 2, 0, 1, 0, 1, 3 (the flare-up counts here).
    expect(r.spasms).toEqual({ daysWithSpasms: 3, meanFrequency: 7 / 6, worstFrequency: 3 })
    expect(r.morningStiffnessMinutes).toEqual({ mean: 95 / 3, mornings30Plus: 2 })
    expect(r.sleepInterruptions).toBe(2)
  })

  it('tabulates treatments by kind and medications with the days they were taken', () => {
    seedReportFixture(diary.db)
    const r = getReport(diary.db, REPORT_PERIOD, REPORT_TODAY)
    expect(r.treatments).toEqual([
      { kind: 'medication', timesUsed: 4, meanChange: null, rated: 0 },
      { kind: 'heat', timesUsed: 3, meanChange: 2, rated: 2 },
      { kind: 'ice', timesUsed: 1, meanChange: 0, rated: 1 },
    ])
    expect(r.medications).toEqual([
      { detail: 'Ibuprofen 400 mg', timesUsed: 3, daysUsed: 2 },
      { detail: 'Naproxen, 250 mg "slow"', timesUsed: 1, daysUsed: 1 },
    ])
  })

  it('raises the duration red flags with the day each threshold was reached', () => {
    seedReportFixture(diary.db)
    const r = getReport(diary.db, REPORT_PERIOD, REPORT_TODAY)
    expect(r.redFlags.map(({ tier, date }) => ({ tier, date }))).toEqual([
      { tier: 'urgent', date: '2026-03-19' },
      { tier: 'soon', date: '2026-03-23' },
    ])
    expect(r.redFlags[0]?.text).toContain('longer than four weeks')
    expect(r.redFlags[0]?.text).toContain('29 days')
    expect(r.redFlags[1]?.text).toContain('longer than two weeks')
  })

  it.each([
    // Inclusive day counts: 13 raises nothing, 14 does; 27 is "two weeks", 28 "four weeks".
    ['2026-03-01', '2026-03-13', []],
    ['2026-03-01', '2026-03-14', [['soon', '2026-03-14']]],
    ['2026-03-01', '2026-03-27', [['soon', '2026-03-14']]],
    ['2026-03-01', '2026-03-28', [['urgent', '2026-03-28']]],
  ])('flag boundary: episode %s to %s', (startedOn, endedOn, expected) => {
    insertEpisode(diary.db, { startedOn, endedOn })
    const r = getReport(diary.db, { from: '2026-03-01', to: '2026-04-30' }, '2026-05-01')
    expect(r.redFlags.map((f) => [f.tier, f.date])).toEqual(expected)
  })

  it('puts warning signs of the period and health history with pain in the box, strongest first', () => {
    const tick = (date: string, code: string, pain = 4) => {
      const id = insertCheckin(diary.db, { date, slot: 'morning', pain, stiffness: 3 })
      diary.db
        .prepare('INSERT INTO checkin_symptoms (checkin_id, code) VALUES (?, ?)')
        .run(id, code)
    }
    tick('2026-02-27', 'saddle_numbness') // before the period: not in this report
    tick('2026-03-03', 'sharp_stabbing_pain')
    tick('2026-03-05', 'sharp_stabbing_pain')
    tick('2026-03-09', 'bladder_bowel_control_loss')
    insertCheckin(diary.db, { date: '2026-03-20', slot: 'evening', pain: 0, stiffness: 1 })
    saveSettings(diary.db, {
      healthHistory: { historyOfCancer: 'yes', longTermSteroids: 'no', ivDrugUse: 'no' },
    })
    const r = getReport(diary.db, { from: '2026-03-01', to: '2026-03-31' }, '2026-04-01')
    expect(r.redFlags.map((f) => [f.tier, f.date])).toEqual([
      ['emergency', '2026-03-09'],
      ['urgent', '2026-03-09'], // history of cancer with the last check-in that had pain
      ['soon', '2026-03-05'],
    ])
    expect(r.redFlags[0]?.text).toBe(
      'Warning sign: Loss of bladder or bowel control — ticked on 1 day.',
    )
    expect(r.redFlags[1]?.text).toContain('history of cancer')
    expect(r.redFlags[2]?.text).toContain('on 2 days, last on this date')
    // Without any pain in the period the health-history answer alone raises nothing.
    const quiet = getReport(diary.db, { from: '2026-03-20', to: '2026-03-31' }, '2026-04-01')
    expect(quiet.redFlags).toEqual([])
  })

  it('judges an ongoing episode by the end of the period, not by today', () => {
    insertEpisode(diary.db, { startedOn: '2026-03-01', endedOn: null })
    const flags = (to: string) =>
      getReport(diary.db, { from: '2026-03-01', to }, '2026-06-01').redFlags.map((f) => f.tier)
    expect(flags('2026-03-13')).toEqual([])
    expect(flags('2026-03-14')).toEqual(['soon'])
    expect(flags('2026-05-01')).toEqual(['urgent'])
  })

  it('gives the small chart weekly means, weeks starting on Monday', () => {
    seedReportFixture(diary.db)
    expect(getReport(diary.db, REPORT_PERIOD, REPORT_TODAY).weekly).toEqual([
      {
        week: '2026-03-02',
        morningPain: 6,
        eveningPain: 4,
        morningStiffness: 7,
        eveningStiffness: 3,
      },
      {
        week: '2026-03-09',
        morningPain: 8,
        eveningPain: null,
        morningStiffness: 8,
        eveningStiffness: null,
      },
      {
        week: '2026-03-16',
        morningPain: 2,
        eveningPain: 3,
        morningStiffness: 4,
        eveningStiffness: 2,
      },
    ])
  })

  it('starts the weeks on the day the person’s region (or setting) starts them', () => {
    seedReportFixture(diary.db)
    for (const weekStart of [0, 6] as const) {
      const weeks = getReport(diary.db, REPORT_PERIOD, REPORT_TODAY, weekStart).weekly
      expect(weeks.length).toBeGreaterThan(1)
      for (const { week } of weeks) expect(fromIsoDate(week).getDay()).toBe(weekStart)
    }
    // 2 March 2026 is a Monday: a Sunday week holds it from 1 March.
    expect(getReport(diary.db, REPORT_PERIOD, REPORT_TODAY, 0).weekly[0]?.week).toBe('2026-03-01')
  })

  it('answers an empty period with nulls and zeros, not errors', () => {
    const r = getReport(diary.db, REPORT_PERIOD, REPORT_TODAY)
    expect(r.episodes).toEqual({ count: 0, medianDays: null, longestDays: null, ongoingPast14: [] })
    expect(r.pain.morning).toEqual({
      entries: 0,
      mean: null,
      worst: null,
      firstHalfMean: null,
      secondHalfMean: null,
      change: null,
    })
    expect(r.redFlags).toEqual([])
    expect(r.treatments).toEqual([])
  })
})

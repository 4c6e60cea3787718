import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { REPORT_PERIOD, REPORT_TODAY, seedReportFixture } from '../../../testing/report-fixture'
import { insertCheckin, insertEpisode, insertTreatment } from '../../../testing/diary-rows'
import { saveSettings } from '../settings/settings.repo'
import { getReport, REPORT_EPISODE_ROWS } from './report.query'
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
    expect(r.period).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      days: 31,
      firstEntryOn: null,
    })
    expect(r.checkins).toEqual({ count: 6, daysWithEntries: 3 })
    expect(r.episodes).toMatchObject({ count: 4, medianDays: 18, longestDays: 29, more: 0 })
    // Halves split at 03-16: morning pain 6, 8 | 2; evening 4 | 3.
    expect(r.pain.morning).toEqual({
      entries: 3,
      mean: 16 / 3,
      worst: 8,
      firstHalfMean: 7,
      secondHalfMean: 2,
      change: -5,
      meaningful: true,
    })
    expect(r.pain.evening).toEqual({
      entries: 2,
      mean: 3.5,
      worst: 4,
      firstHalfMean: 4,
      secondHalfMean: 3,
      change: -1,
      meaningful: false, // 4 → 3: 1 point, 25 %
    })
    expect(r.stiffness.morning).toEqual({
      entries: 3,
      mean: 19 / 3,
      worst: 8,
      firstHalfMean: 7.5,
      secondHalfMean: 4,
      change: -3.5,
      meaningful: true,
    })
    expect(r.stiffness.evening).toMatchObject({ mean: 2.5, worst: 3, change: -1 })
    // Frequencies 2, 0, 1, 0, 1, 3 (the flare-up counts here).
    expect(r.spasms).toEqual({ daysWithSpasms: 3, meanFrequency: 7 / 6, worstFrequency: 3 })
    expect(r.morningStiffnessMinutes).toEqual({ mean: 95 / 3, longMornings: 2 })
    expect(r.sleepInterruptions).toBe(2)
  })

  it('tabulates treatments by kind and medications with the days they were taken', () => {
    seedReportFixture(diary.db)
    const r = getReport(diary.db, REPORT_PERIOD, REPORT_TODAY)
    // The Treatments page's rule: no numbers below 3 rated sessions.
    const notEnough = { status: 'not_enough_data', minimumRated: 3 }
    // Medication by name: ibuprofen and naproxen are rows of their own.
    expect(r.treatments).toEqual([
      { kind: 'heat', name: null, timesUsed: 3, rated: 2, effect: notEnough },
      { kind: 'medication', name: 'Ibuprofen 400 mg', timesUsed: 3, rated: 0, effect: notEnough },
      { kind: 'ice', name: null, timesUsed: 1, rated: 1, effect: notEnough },
      {
        kind: 'medication',
        name: 'Naproxen, 250 mg "slow"',
        timesUsed: 1,
        rated: 0,
        effect: notEnough,
      },
    ])
    expect(r.medications).toEqual([
      { detail: 'Ibuprofen 400 mg', timesUsed: 3, daysUsed: 2 },
      { detail: 'Naproxen, 250 mg "slow"', timesUsed: 1, daysUsed: 1 },
    ])
  })

  it('tells the course per region, apart from the red flags: ended episodes as facts', () => {
    seedReportFixture(diary.db)
    const r = getReport(diary.db, REPORT_PERIOD, REPORT_TODAY)
    expect(r.redFlags).toEqual([])
    expect(r.course).toEqual([
      {
        region: 'lower',
        episodes: 2,
        medianDays: 16.5,
        longestDays: 29,
        recurrence: 'Lower back: 2 episodes in 31 days; 3 or more started within 90 days.',
        ongoing: [],
        endedFacts: ['1 ended episode lasted longer than four weeks (29 days).'],
      },
      {
        region: 'mid',
        episodes: 1,
        medianDays: 20,
        longestDays: 20,
        recurrence: null,
        ongoing: [],
        endedFacts: [],
      },
      {
        region: 'upper',
        episodes: 1,
        medianDays: 16,
        longestDays: 16,
        recurrence: null,
        ongoing: [],
        endedFacts: ['1 ended episode lasted longer than two weeks (16 days).'],
      },
    ])
  })

  it('gives each health-history question as answered, "not answered" included', () => {
    saveSettings(diary.db, {
      healthHistory: { historyOfCancer: 'no', longTermSteroids: 'yes', ivDrugUse: 'unanswered' },
    })
    expect(getReport(diary.db, REPORT_PERIOD, REPORT_TODAY).healthHistory).toEqual([
      { question: 'Have you ever had cancer?', answer: 'no' },
      {
        question: 'Do you take, or have you taken, steroid medicines for a long time?',
        answer: 'yes',
      },
      { question: 'Do you inject, or have you injected, drugs?', answer: 'unanswered' },
    ])
  })

  it('counts a meaningful drop after a treatment as 2 points or 30 % of the pain before', () => {
    // 3 → 2 is 33 %: meaningful; 8 → 7 is 1 point, 12.5 %: not; 6 → 4 is 2 points: meaningful.
    for (const [before, after] of [
      [3, 2],
      [8, 7],
      [6, 4],
      [5, 6],
    ] as const) {
      insertTreatment(diary.db, {
        kind: 'heat',
        startedAt: '2026-03-10T09:00',
        painBefore: before,
        painAfter: after,
      })
    }
    const [heat] = getReport(diary.db, REPORT_PERIOD, REPORT_TODAY).treatments
    expect(heat).toMatchObject({
      kind: 'heat',
      rated: 4,
      effect: { status: 'enough_data', meanChange: 0.75, shareMeaningfulDrop: 0.5 },
    })
  })

  it('tabulates the episodes, newest first, with trigger, peak pain and flags', () => {
    seedReportFixture(diary.db)
    const r = getReport(diary.db, REPORT_PERIOD, REPORT_TODAY)
    expect(r.episodes.rows).toEqual([
      {
        startedOn: '2026-03-22',
        endedOn: null,
        days: 20,
        region: 'mid',
        side: 'both',
        trigger: 'unknown',
        triggerNote: '',
        peakPain: null,
        flags: [],
      },
      {
        startedOn: '2026-03-10',
        endedOn: '2026-03-25',
        days: 16,
        region: 'upper',
        side: 'right',
        trigger: 'lifting',
        triggerNote: 'Carried the shopping up the stairs',
        peakPain: 9,
        flags: ['over_two_weeks'],
      },
      expect.objectContaining({ startedOn: '2026-03-05', peakPain: null, flags: ['recurring'] }),
      expect.objectContaining({
        startedOn: '2026-02-20',
        peakPain: 10,
        flags: ['over_four_weeks'],
      }),
    ])
  })

  it('shows the most recent episodes of a long period and counts the rest', () => {
    for (let month = 1; month <= 12; month++) {
      const start = `2025-${String(month).padStart(2, '0')}-03`
      insertEpisode(diary.db, { startedOn: start, endedOn: start.replace(/03$/, '06') })
    }
    const r = getReport(diary.db, { from: '2025-01-01', to: '2025-12-31' }, '2026-01-10')
    expect(r.episodes.count).toBe(12)
    expect(r.episodes.rows.map((e) => e.startedOn)).toEqual(
      Array.from(
        { length: REPORT_EPISODE_ROWS },
        (_, i) => `2025-${String(12 - i).padStart(2, '0')}-03`,
      ),
    )
    expect(r.episodes.more).toBe(12 - REPORT_EPISODE_ROWS)
  })

  it('keeps the period as asked and says when the diary starts later', () => {
    insertCheckin(diary.db, { date: '2026-03-10', slot: 'morning', pain: 4, stiffness: 3 })
    const r = getReport(diary.db, { from: '2026-01-01', to: '2026-03-31' }, '2026-04-01')
    expect(r.period).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      days: 90,
      firstEntryOn: '2026-03-10',
    })
  })

  it('lists the notes marked for the doctor, dated, oldest first', () => {
    seedReportFixture(diary.db)
    insertTreatment(diary.db, {
      kind: 'heat',
      startedAt: '2026-03-21T07:30',
      notes: 'The heat pad helped for an hour',
      noteForDoctor: true,
    })
    insertTreatment(diary.db, { kind: 'ice', startedAt: '2026-03-21T08:30', notes: 'unmarked' })
    insertCheckin(diary.db, {
      date: '2026-04-02',
      slot: 'morning',
      pain: 3,
      stiffness: 3,
      notes: 'after the period',
      noteForDoctor: true,
    })
    const r = getReport(diary.db, REPORT_PERIOD, REPORT_TODAY)
    expect(r.doctorNotes).toEqual([
      {
        date: '2026-03-10',
        kind: 'episode',
        context: 'Episode: Upper back, right side',
        text: 'Worse when turning my head',
      },
      {
        date: '2026-03-20',
        kind: 'flare_up',
        context: 'Flare-up',
        text: 'Bent to pick up a box,\nspasm for 10 min',
      },
      {
        date: '2026-03-21',
        kind: 'treatment',
        context: 'Treatment: Heat',
        text: 'The heat pad helped for an hour',
      },
    ])
    expect(r.moreDoctorNotes).toBe(0)
  })

  it('summarises the weekly PEG: first, latest and the mean score', () => {
    seedReportFixture(diary.db)
    expect(getReport(diary.db, REPORT_PERIOD, REPORT_TODAY).peg).toEqual({
      count: 2,
      first: { date: '2026-03-02', pain: 6, enjoyment: 7, activity: 5, score: 6 },
      latest: { date: '2026-03-16', pain: 4, enjoyment: 5, activity: 3, score: 4 },
      meanScore: 5,
      meaningfulChange: true, // 6 → 4 is 33 %
    })
  })

  it.each([
    // Inclusive day counts: 13 raises nothing, 14 does; 27 is "two weeks", 28 "four weeks".
    ['2026-03-01', '2026-03-13', []],
    ['2026-03-01', '2026-03-14', ['1 ended episode lasted longer than two weeks (14 days).']],
    ['2026-03-01', '2026-03-27', ['1 ended episode lasted longer than two weeks (27 days).']],
    ['2026-03-01', '2026-03-28', ['1 ended episode lasted longer than four weeks (28 days).']],
  ] as const)('flag boundary: episode %s to %s', (startedOn, endedOn, expected) => {
    insertEpisode(diary.db, { startedOn, endedOn })
    const r = getReport(diary.db, { from: '2026-03-01', to: '2026-04-30' }, '2026-05-01')
    expect(r.redFlags).toEqual([])
    expect(r.course.flatMap((c) => c.endedFacts)).toEqual(expected)
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
    expect(r.redFlags[0]).toMatchObject({
      title: 'Loss of bladder or bowel control',
      text: 'Warning sign ticked on the morning check-in of 9 Mar 2026.',
    })
    expect(r.redFlags[1]?.text).toContain('a history of cancer')
    expect(r.redFlags[2]?.text).toContain('on 2 days from 3 Mar 2026')
    // Without any pain in the period the health-history answer alone raises nothing.
    const quiet = getReport(diary.db, { from: '2026-03-20', to: '2026-03-31' }, '2026-04-01')
    expect(quiet.redFlags).toEqual([])
  })

  it('judges an ongoing episode by the end of the period, not by today', () => {
    insertEpisode(diary.db, { startedOn: '2026-03-01', endedOn: null })
    const flags = (to: string) =>
      getReport(diary.db, { from: '2026-03-01', to }, '2026-06-01').course.flatMap((c) =>
        c.ongoing.map((f) => f.code),
      )
    expect(flags('2026-03-13')).toEqual([])
    expect(flags('2026-03-14')).toEqual(['over_two_weeks'])
    expect(flags('2026-05-01')).toEqual(['over_four_weeks'])
  })

  it('counts episode days as the episode list does, also with the clock behind a start', () => {
    insertEpisode(diary.db, { startedOn: '2026-03-01', endedOn: '2026-03-05' })
    insertEpisode(diary.db, { startedOn: '2026-03-20', endedOn: null })
    // The clock reads 10 March: the ongoing episode started "in the future" and counts 1 day.
    const r = getReport(diary.db, REPORT_PERIOD, '2026-03-10')
    expect(r.episodes.rows.map((e) => e.days)).toEqual([1, 5])
    expect(r.episodes).toMatchObject({ count: 2, medianDays: 3, longestDays: 5 })
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
    expect(r.episodes).toEqual({
      count: 0,
      medianDays: null,
      longestDays: null,
      rows: [],
      more: 0,
    })
    expect(r.pain.morning).toEqual({
      entries: 0,
      mean: null,
      worst: null,
      firstHalfMean: null,
      secondHalfMean: null,
      change: null,
      meaningful: null,
    })
    expect(r.redFlags).toEqual([])
    expect(r.course).toEqual([])
    expect(r.treatments).toEqual([])
    expect(r.doctorNotes).toEqual([])
    expect(r.peg).toBeNull()
    expect(r.period.firstEntryOn).toBeNull()
  })
})

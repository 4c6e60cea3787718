import { describe, expect, it } from 'vitest'
import { seedFactors, useInsightsDiary } from '../../../testing/insights-rows'
import {
  insertCheckin,
  insertDayFactors,
  insertEpisode,
  insertOnsetFactors,
} from '../../../testing/diary-rows'
import { relinkEntries } from '../episodes/episode-links'
import { FACTOR_CODES } from '../../shared/clinical/factors'
import { MIN_ONSETS } from '../../shared/clinical/insights'
import { factorPageSentence, factorTests } from '../../shared/clinical/insight-lines'
import { INSIGHT_FACTORS_SQL } from './factors.query'

const diary = useInsightsDiary()

/** Two more answered onsets in April (long sitting; none): 5 of 6 answered in March–April. */
function seedFiveAnswered() {
  seedFactors(diary.db)
  insertOnsetFactors(
    diary.db,
    insertEpisode(diary.db, { startedOn: '2026-04-25', endedOn: '2026-04-26' }),
    ['long_sitting'],
  )
  insertOnsetFactors(
    diary.db,
    insertEpisode(diary.db, { startedOn: '2026-04-28', endedOn: '2026-04-29' }),
    [],
  )
  relinkEntries(diary.db)
}

describe('factors before onset against ordinary days', () => {
  it('counts onsets with a checklist and ordinary evenings with factors', () => {
    seedFiveAnswered()
    const { factors } = diary.insights('2026-03-01', '2026-04-30')
    expect(factors).toMatchObject({
      onsets: 6,
      onsetsWithData: 5,
      ordinaryDays: 4,
      ordinaryDaysWithData: 3,
      minimumOnsets: MIN_ONSETS,
      enoughData: true,
    })
    // Ranked by share before onsets minus share on ordinary days: 3/5−1/3, then the factors
    // never ticked (0) in catalogue order, poor sleep (1/5−1/3), stress (0−1/3) last.
    expect(factors.rows.map((r) => [r.code, r.beforeOnsets, r.onOrdinaryDays])).toEqual([
      ['long_sitting', 3, 1],
      ['long_drive', 0, 0],
      ['heavy_lifting', 0, 0],
      ['awkward_twist_or_bend', 0, 0],
      ['hard_or_new_exercise', 0, 0],
      ['fall_or_blow', 0, 0],
      ['other', 0, 0],
      ['poor_sleep', 1, 1],
      ['high_stress', 0, 1],
    ])
  })

  it.each([
    ['2026-03-31', 2],
    ['2026-04-30', 3],
  ])('ranks nothing below 5 answered onsets (to %s: %i)', (to, answered) => {
    seedFactors(diary.db)
    const insights = diary.insights('2026-03-01', to)
    expect(insights.factors).toMatchObject({ onsetsWithData: answered, enoughData: false })
    expect(insights.factors.rows.map((r) => r.code)).toEqual(FACTOR_CODES)
    expect(factorTests(insights.factors)).toEqual([])
    expect(insights.strongest.find((l) => l.section === 'factors')).toBeUndefined()
  })

  it('tests from 5 answered onsets, and reads a weak difference as chance', () => {
    seedFiveAnswered()
    const { factors, strongest } = diary.insights('2026-03-01', '2026-04-30')
    const row = factors.rows.find((r) => r.code === 'long_sitting')
    expect(row && factorPageSentence(row, factors, factorTests(factors))).toBe(
      'Sitting more than 6 hours was present before 3 of 5 spasms (60 %; 95 % interval 23–88 %); ' +
        'on 1 of 3 other days (33 %; 95 % interval 6–79 %): no clear difference — could be chance.',
    )
    // 3 of 5 spasms against 1 of 3 other days could well be chance: nothing for the summary.
    expect(strongest).toEqual([])
  })

  it('answers zeros, not errors, for an empty diary', () => {
    const insights = diary.insights('1900-01-01', '2026-06-30')
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

  it.each([
    [24, 8],
    [48, 7],
    [72, 6],
  ])(
    'leaves out every day of a %i-hour onset window from the ordinary days',
    (hours, ordinaryDays) => {
      // Evenings 03-01 to 03-09 outside episodes, each with its factors answered and long
      // sitting ticked; a spasm starts on 03-10; an episode day (03-11) is never ordinary, and
      // a morning alone (03-12) is no evening.
      const onset = insertEpisode(diary.db, { startedOn: '2026-03-10', endedOn: '2026-03-11' })
      for (let day = 1; day <= 11; day++) {
        const date = `2026-03-${String(day).padStart(2, '0')}`
        insertDayFactors(
          diary.db,
          insertCheckin(diary.db, { date, slot: 'evening', pain: 3, stiffness: 3 }),
          ['long_sitting'],
        )
      }
      insertCheckin(diary.db, { date: '2026-03-12', slot: 'morning', pain: 3, stiffness: 3 })
      insertOnsetFactors(diary.db, onset, [])
      relinkEntries(diary.db)
      const rows = diary.db
        .prepare<
          Record<string, string | number>,
          { code: string; onOrdinaryDays: number; ordinaryDays: number }
        >(INSIGHT_FACTORS_SQL)
        .all({
          from: '2026-03-01',
          to: '2026-03-31',
          onsetWindowHours: hours,
          codes: JSON.stringify(FACTOR_CODES),
        })
      expect(rows[0]?.ordinaryDays).toBe(ordinaryDays)
      // Every ordinary day ticked long sitting, and only that.
      expect(
        rows.filter((r) => r.onOrdinaryDays > 0).map((r) => [r.code, r.onOrdinaryDays]),
      ).toEqual([['long_sitting', ordinaryDays]])
    },
  )
})

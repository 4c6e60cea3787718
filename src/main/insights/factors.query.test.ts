import { FACTOR_CODES } from '../../shared/clinical/factors'
import { describe, expect, it } from 'vitest'
import { seedFactors, useInsightsDiary } from '../../../testing/insights-rows'

const diary = useInsightsDiary()

describe('factors before onset against ordinary days', () => {
  it('counts onsets with a checklist and ordinary evenings with factors', () => {
    seedFactors(diary.db)
    const { factors } = diary.insights('2026-03-01', '2026-04-30')
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
    const insights = diary.insights('2026-03-01', '2026-03-31')
    expect(insights.factors).toMatchObject({ onsets: 2, onsetsWithData: 2, enoughData: false })
    expect(insights.factors.rows.map((r) => r.code)).toEqual(FACTOR_CODES)
    expect(insights.strongest.find((l) => l.section === 'factors')).toBeUndefined()
  })

  it('sends no factor to the summary from 3 onsets: a finding needs 5 and a passing test', () => {
    seedFactors(diary.db)
    const { strongest } = diary.insights('2026-03-01', '2026-04-30')
    // 2 of 3 spasms against 1 of 3 other days could well be chance.
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
})

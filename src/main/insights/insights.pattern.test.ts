import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { seedInsightsPattern } from '../../../testing/insights-pattern'
import type { Insights } from '../../shared/domain/insights'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary({ now: () => new Date('2026-11-24T20:00:00') })
})
afterEach(() => diary.close())

describe('the known pattern the end-to-end test reads', () => {
  it('comes out of insights:get as seeded', async () => {
    const seeded = seedInsightsPattern(diary.db, '2026-11-24')
    const result = await diary.call('insights:get', { from: '2025-11-25', to: '2026-11-24' })
    if (!result.ok) throw new Error(result.error.message)
    const insights = result.value as Insights
    expect(insights.factors).toMatchObject({
      onsets: 5,
      onsetsWithData: 5,
      ordinaryDays: seeded.ordinaryDays,
      ordinaryDaysWithData: seeded.ordinaryDays,
      enoughData: true,
    })
    expect(insights.factors.rows[0]).toEqual({
      code: 'long_sitting',
      beforeOnsets: 4,
      onOrdinaryDays: seeded.longSittingDays,
    })
    const heat = insights.phases.filter((p) => p.kind === 'heat')
    expect(heat.map((p) => [p.phase, p.ratedSessions, p.effect])).toEqual([
      ['early', 10, { status: 'enough_data', meanChange: 3, meaningfulDrops: 10 }],
      ['later', 15, { status: 'enough_data', meanChange: 0, meaningfulDrops: 0 }],
    ])
    expect(insights.strongest.map((l) => l.text)).toContain(
      'Heat was followed by a meaningful drop (2 points or 30 %) in 10 of 10 rated sessions ' +
        '(100 %; 95 % interval 72–100 %) on days 1–2, and in 0 of 15 rated sessions (0 %; 95 % ' +
        "interval 0–20 %) from day 8 on (Fisher's exact test, p < 0.001).",
    )
    expect(insights.earlySigns.enoughData).toBe(true)
    expect(insights.recovery.episodes.map((e) => e.daysToRecovery)).toEqual([7, 7, 7, 7, 7])
  })
})

describe("the doctor's report", () => {
  it('carries the strongest Insights lines of its period, and none without data', async () => {
    seedInsightsPattern(diary.db, '2026-11-24')
    const range = { from: '2025-11-25', to: '2026-11-24' }
    const report = await diary.call('report:get', range)
    const insights = await diary.call('insights:get', range)
    if (!report.ok || !insights.ok) throw new Error('refused')
    const lines = (report.value as { insights: unknown[] }).insights
    expect(lines).toEqual((insights.value as Insights).strongest)
    // Only findings that passed their test: here the heat line at least.
    expect(lines.length).toBeGreaterThan(0)
    const before = await diary.call('report:get', { from: '2020-01-01', to: '2020-12-31' })
    expect(before).toMatchObject({ ok: true, value: { insights: [] } })
  })
})

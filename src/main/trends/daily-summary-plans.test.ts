import { describe, expect, it } from 'vitest'
import { queryPlan } from '../../../testing/query-plans'
import { tenYearDiaryPerFile } from '../../../testing/ten-year-diary'
import { LONG_MORNING_STIFFNESS_MINUTES } from '../../shared/clinical/thresholds'
import { TREND_DAYS_SQL, TREND_SUMMARY_SQL, TREND_WEEKS_SQL } from './trends.sql'
import { getTrends } from './trends.query'
import { REPORT_CHECKINS_SQL, REPORT_SLOTS_SQL, REPORT_WEEKLY_SQL } from '../report/report.sql'
import { INSIGHT_RECOVERY_DAYS_SQL } from '../insights/recovery.query'
import { INSIGHT_EARLY_SIGNS_SQL } from '../insights/early-signs.query'
import { DAILY_PAIN_IN_EPISODES_SQL } from '../clinical/rule-rows.query'
import { EARLY_SIGN_DAYS } from '../../shared/clinical/insights'

/**
 * The plans of every read of the daily summary, pinned at ten years: each reads its range of
 * days by row id (the day number, src/main/db/summary-days.ts), with no lookup through the date
 * index, and never touches the check-ins again. A plan that changes (a query that falls back
 * to the date index or to grouping check-ins) fails here.
 */
describe('daily summary reads at ten years', () => {
  const big = tenYearDiaryPerFile()
  const RANGE = 'SEARCH c USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)'
  // The day series looks each of its days up by day number (a LEFT JOIN on the row id).
  const DAY = 'SEARCH c USING INTEGER PRIMARY KEY (rowid=?) LEFT-JOIN'
  // The early signs look up each day before an onset by its day number.
  const ONE_DAY = 'SEARCH c USING INTEGER PRIMARY KEY (rowid=?)'
  const year = {
    from: '2025-11-25',
    to: '2026-11-24',
    dataFrom: '2025-11-25',
    longStiffness: LONG_MORNING_STIFFNESS_MINUTES,
    weekStart: 1,
  }
  const all = {
    from: '2016-11-27',
    to: '2026-11-24',
    size: 28,
    today: '2026-11-24',
    asOf: '2026-11-24',
    earlySignDays: EARLY_SIGN_DAYS,
    ids: JSON.stringify([1, 2, 3]),
  }

  it.each([
    ['trend days', TREND_DAYS_SQL, year, [DAY]],
    ['trend summary', TREND_SUMMARY_SQL, year, [RANGE]],
    ['trend buckets (all)', TREND_WEEKS_SQL, all, [RANGE]],
    ['report slots (morning and evening)', REPORT_SLOTS_SQL, year, [RANGE, RANGE]],
    ['report check-ins', REPORT_CHECKINS_SQL, year, [RANGE]],
    ['report weekly', REPORT_WEEKLY_SQL, year, [RANGE]],
    ['recovery curves (all)', INSIGHT_RECOVERY_DAYS_SQL, all, [RANGE]],
    ['early signs (all)', INSIGHT_EARLY_SIGNS_SQL, all, [RANGE, RANGE, ONE_DAY]],
    ["episodes' daily pain", DAILY_PAIN_IN_EPISODES_SQL, all, [RANGE]],
  ] as const)('%s reads the summary by day number only', (_name, sql, params, searches) => {
    const steps = queryPlan(big.db, sql, params)
    expect(
      steps.filter((s) => /\bc\b/.test(s) && /^(SCAN|SEARCH)/.test(s)),
      steps.join('\n'),
    ).toEqual(searches)
    expect(steps.join('\n')).not.toMatch(/\bcheckins\b|SCAN c\b/)
  })

  it('gives the same trends as grouping the check-ins would', () => {
    // The 7-day mean of the last day, straight from the check-ins.
    const expected = big.db
      .prepare<[], { mean: number }>(
        `SELECT avg(pain) AS mean FROM checkins
         WHERE slot <> 'other' AND date BETWEEN '2026-11-18' AND '2026-11-24'`,
      )
      .get()?.mean
    const trends = getTrends(big.db, { from: '2026-09-01', to: '2026-11-24' })
    expect(trends.days.at(-1)?.painRolling7).toBe(expected)
  })
})

import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'
import type { DateRange } from '../../shared/domain/common'
import type { FactorCount, FactorCounts } from '../../shared/domain/insights'
import { FACTOR_CODES, ONSET_WINDOW_HOURS } from '../../shared/clinical/factors'
import { MIN_ONSETS, orderFactors } from '../../shared/clinical/insights'
import { dayNumber, summaryDaysBetween } from '../db/summary-days'

/*
 * "Before a spasm" on the Insights page (docs/clinical-rules.md#insights). Ordinary days come
 * from the daily summary (`c`, one row per date, its id the day number): a date's check-ins all
 * link to the episode covering it (episode-links.ts), so a day is outside every episode when its
 * row has none, and the row keeps the evening's day factors (answered or not, and the ticked
 * codes, sorted and comma-joined; codes are lower-case letters and underscores).
 */

/**
 * Per factor: onsets whose checklist ticked it, and ordinary days whose evening ticked it, with
 * the totals on every row. Ordinary days: days with an evening check-in outside every episode,
 * less the days within the onset window before an episode started (they are "before a spasm").
 */
export const INSIGHT_FACTORS_SQL = `
  WITH RECURSIVE onsets AS MATERIALIZED (
    SELECT e.id, l.episode_id IS NOT NULL AS answered
    FROM episodes e LEFT JOIN onset_checklists l ON l.episode_id = e.id
    WHERE e.started_on BETWEEN :from AND :to
  ),
  -- Every day within the onset window before an onset (for 24 hours: the day before), listed
  -- once per episode rather than worked out for every evening.
  -- As day numbers, the summary's ids.
  window_days(day, onset) AS (
    SELECT ${dayNumber(`date(e.started_on, '-' || :onsetWindowHours || ' hours')`)},
      ${dayNumber('e.started_on')}
    FROM episodes e
    WHERE e.started_on BETWEEN :from AND date(:to, '+' || :onsetWindowHours || ' hours')
    UNION
    SELECT day + 1, onset FROM window_days WHERE day + 1 < onset
  ),
  ordinary AS MATERIALIZED (
    SELECT c.factors_answered AS answered, c.day_factors AS codes
    FROM daily_summary c
    WHERE ${summaryDaysBetween('c', ':from', ':to')}
      AND c.episode_id IS NULL AND c.evening_pain IS NOT NULL
      AND c.id NOT IN (SELECT day FROM window_days)
  ),
  ticked AS (
    SELECT f.code, 1 AS onset, 0 AS day
    FROM onsets o CROSS JOIN onset_factors f ON f.episode_id = o.id
    UNION ALL
    SELECT j.value, 0, 1
    FROM ordinary o, json_each('["' || replace(o.codes, ',', '","') || '"]') j
    WHERE o.codes IS NOT NULL
  ),
  per_code AS (
    SELECT code, sum(onset) AS beforeOnsets, sum(day) AS onOrdinaryDays FROM ticked GROUP BY code
  ),
  totals AS (
    SELECT (SELECT count(*) FROM onsets) AS onsets,
      (SELECT total(answered) FROM onsets) AS onsetsWithData,
      (SELECT count(*) FROM ordinary) AS ordinaryDays,
      (SELECT total(answered) FROM ordinary) AS ordinaryDaysWithData
  )
  SELECT codes.value AS code, coalesce(p.beforeOnsets, 0) AS beforeOnsets,
    coalesce(p.onOrdinaryDays, 0) AS onOrdinaryDays, tot.onsets,
    CAST(tot.onsetsWithData AS INTEGER) AS onsetsWithData, tot.ordinaryDays,
    CAST(tot.ordinaryDaysWithData AS INTEGER) AS ordinaryDaysWithData
  FROM json_each(:codes) codes
    LEFT JOIN per_code p ON p.code = codes.value
    CROSS JOIN totals tot
  ORDER BY codes.key`

interface FactorRow extends FactorCount {
  onsets: number
  onsetsWithData: number
  ordinaryDays: number
  ordinaryDaysWithData: number
}

const stmts = preparedPerConnection((db: DB) => ({
  factors: db.prepare<DateRange & { onsetWindowHours: number; codes: string }, FactorRow>(
    INSIGHT_FACTORS_SQL,
  ),
}))

const CODES_JSON = JSON.stringify(FACTOR_CODES)

/** Each factor before onsets and on ordinary days, ranked once there are enough onsets. */
export function factorCounts(db: DB, range: DateRange): FactorCounts {
  const rows = stmts(db).factors.all({
    ...range,
    onsetWindowHours: ONSET_WINDOW_HOURS,
    codes: CODES_JSON,
  })
  const totals = rows[0] ?? {
    onsets: 0,
    onsetsWithData: 0,
    ordinaryDays: 0,
    ordinaryDaysWithData: 0,
  }
  const unranked = {
    onsets: totals.onsets,
    onsetsWithData: totals.onsetsWithData,
    ordinaryDays: totals.ordinaryDays,
    ordinaryDaysWithData: totals.ordinaryDaysWithData,
    minimumOnsets: MIN_ONSETS,
    enoughData: totals.onsetsWithData >= MIN_ONSETS,
    rows: rows.map((r) => ({
      code: r.code,
      beforeOnsets: r.beforeOnsets,
      onOrdinaryDays: r.onOrdinaryDays,
    })),
  }
  return { ...unranked, rows: orderFactors(unranked) }
}

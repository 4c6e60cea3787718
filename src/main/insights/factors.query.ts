import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'
import type { DateRange } from '../../shared/domain/common'
import type { FactorCount, FactorCounts } from '../../shared/domain/insights'
import { FACTOR_CODES, ONSET_WINDOW_HOURS } from '../../shared/clinical/factors'
import { MIN_ONSETS, orderFactors } from '../../shared/clinical/insights'

/*
 * "Before a spasm" on the Insights page (docs/clinical-rules.md#insights). "Outside an episode" is
 * a check-in's episode link being empty: links follow episode dates in the transaction of every
 * change (episode-links.ts), and the index answers it without a join.
 */

/**
 * Per factor: onsets whose checklist ticked it, and ordinary days whose evening ticked it, with
 * the totals on every row. Ordinary days: evening check-ins outside every episode, less the
 * days within the onset window before an episode started (they are "before a spasm").
 */
export const INSIGHT_FACTORS_SQL = `
  WITH RECURSIVE onsets AS MATERIALIZED (
    SELECT e.id, l.episode_id IS NOT NULL AS answered
    FROM episodes e LEFT JOIN onset_checklists l ON l.episode_id = e.id
    WHERE e.started_on BETWEEN :from AND :to
  ),
  -- Every day within the onset window before an onset (for 24 hours: the day before), listed
  -- once per episode rather than worked out for every evening.
  window_days(day, onset) AS (
    SELECT date(e.started_on, '-' || :onsetWindowHours || ' hours'), e.started_on
    FROM episodes e
    WHERE e.started_on BETWEEN :from AND date(:to, '+' || :onsetWindowHours || ' hours')
    UNION
    SELECT date(day, '+1 day'), onset FROM window_days WHERE date(day, '+1 day') < onset
  ),
  ordinary AS MATERIALIZED (
    SELECT c.id, d.checkin_id IS NOT NULL AS answered
    FROM checkins c INDEXED BY checkins_outside_episodes
      LEFT JOIN day_checklists d ON d.checkin_id = c.id
    WHERE c.episode_id IS NULL AND c.date BETWEEN :from AND :to AND c.slot = 'evening'
      AND c.date NOT IN (SELECT day FROM window_days)
  ),
  ticked AS (
    SELECT f.code, 1 AS onset, 0 AS day
    FROM onsets o CROSS JOIN onset_factors f ON f.episode_id = o.id
    UNION ALL
    SELECT f.code, 0, 1 FROM ordinary o CROSS JOIN day_factors f ON f.checkin_id = o.id
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

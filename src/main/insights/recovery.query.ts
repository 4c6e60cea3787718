import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'
import type { DateRange } from '../../shared/domain/common'
import type { Gap, Insights, RecoveryEpisode } from '../../shared/domain/insights'
import { recoveryOf, recoveryTrend } from '../../shared/clinical/recovery'
import { dayNumber, summaryDaysBetween } from '../db/summary-days'

/**
 * One row per episode that started in the range: its days with check-ins (every check-in of
 * its dates, whatever episode it is linked to: pain has no region, so overlapping episodes
 * share those days) as [day, mean pain] pairs in day order, from the daily summary (`c`: one
 * date's check-ins; its id is the date's day number). The recovery rule reads them in
 * src/shared/clinical/recovery.ts.
 */
export const INSIGHT_RECOVERY_SQL = `
  WITH base AS MATERIALIZED (
    SELECT e.id, e.started_on, e.ended_on, e.region, e.side,
      coalesce(e.ended_on, :today) AS last_day, ${dayNumber('e.started_on')} - 1 AS day0
    FROM episodes e
    WHERE e.started_on BETWEEN :from AND :to
  )
  SELECT b.id, b.started_on AS startedOn, b.ended_on AS endedOn, b.region, b.side,
    ${dayNumber('b.last_day')} - b.day0 AS days,
    -- One pass over the episode's days (their row ids, the day numbers, are in order: no sort).
    (SELECT json_group_array(json_array(c.id - b.day0, CAST(c.pain_sum AS REAL) / c.checkins))
      FROM daily_summary c
      WHERE ${summaryDaysBetween('c', 'b.started_on', 'b.last_day')}) AS curve
  FROM base b
  ORDER BY b.started_on, b.id`

/** Days from one episode's start to the next one's: all regions together, then per region. */
export const INSIGHT_GAPS_SQL = `
  WITH starts AS (
    SELECT e.region, julianday(e.started_on)
        - julianday(lag(e.started_on) OVER (ORDER BY e.started_on, e.id)) AS gapAny,
      julianday(e.started_on) - julianday(lag(e.started_on)
        OVER (PARTITION BY e.region ORDER BY e.started_on, e.id)) AS gapRegion
    FROM episodes e
    WHERE e.started_on BETWEEN :from AND :to
  )
  SELECT NULL AS region, count(gapAny) AS gaps, median(gapAny) AS medianDays FROM starts
  UNION ALL
  SELECT region, count(gapRegion), median(gapRegion) FROM starts GROUP BY region`

interface RecoveryRow extends Omit<RecoveryEpisode, 'curve' | 'daysToRecovery' | 'recoveredBy'> {
  curve: string
}

const stmts = preparedPerConnection((db: DB) => ({
  recovery: db.prepare<DateRange & { today: string }, RecoveryRow>(INSIGHT_RECOVERY_SQL),
  gaps: db.prepare<DateRange, Gap>(INSIGHT_GAPS_SQL),
}))

/** Each episode's curve and days to recovery, recent against earlier, and the gaps between. */
export function recoveryInsight(db: DB, range: DateRange, today: string): Insights['recovery'] {
  const s = stmts(db)
  const episodes: RecoveryEpisode[] = s.recovery.all({ ...range, today }).map((r) => {
    const curve = (JSON.parse(r.curve) as [number, number][]).map(([day, pain]) => ({ day, pain }))
    return { ...r, curve, ...recoveryOf(curve, r.days, r.endedOn !== null) }
  })
  return { episodes, trend: recoveryTrend(episodes), gaps: s.gaps.all(range) }
}

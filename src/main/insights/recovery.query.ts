import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'
import type { DateRange } from '../../shared/domain/common'
import type { Gap, Insights, RecoveryEpisode } from '../../shared/domain/insights'
import { recoveryOf, recoveryTrend } from '../../shared/clinical/recovery'
import { dayNumber } from '../db/summary-days'

/** The episodes that started in the range, oldest first, with their length in days as of `today`. */
export const INSIGHT_RECOVERY_SQL = `
  SELECT e.id, e.started_on AS startedOn, e.ended_on AS endedOn, e.region, e.side,
    ${dayNumber('coalesce(e.ended_on, :today)')} - ${dayNumber('e.started_on')} + 1 AS days
  FROM episodes e
  WHERE e.started_on BETWEEN :from AND :to
  ORDER BY e.started_on, e.id`

/**
 * Those episodes' days with check-ins, as (episode, day of the episode, mean pain): every
 * check-in of their dates, whatever episode it is linked to (pain has no region, so overlapping
 * episodes share those days), from the daily summary (`c`: one date's check-ins; its id is the
 * date's day number). Rows, not one JSON curve per episode: building and parsing JSON per day
 * cost more than reading the rows (docs/performance.md). The recovery rule reads the curves in
 * src/shared/clinical/recovery.ts.
 */
export const INSIGHT_RECOVERY_DAYS_SQL = `
  WITH base AS MATERIALIZED (
    SELECT e.id, ${dayNumber('e.started_on')} - 1 AS day0,
      ${dayNumber('coalesce(e.ended_on, :today)')} AS last
    FROM episodes e
    WHERE e.started_on BETWEEN :from AND :to
  )
  SELECT b.id, c.id - b.day0 AS day, CAST(c.pain_sum AS REAL) / c.checkins AS pain
  FROM base b JOIN daily_summary c ON c.id BETWEEN b.day0 + 1 AND b.last`

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

type RecoveryRow = Omit<RecoveryEpisode, 'curve' | 'daysToRecovery' | 'recoveredBy'>

const stmts = preparedPerConnection((db: DB) => ({
  recovery: db.prepare<DateRange & { today: string }, RecoveryRow>(INSIGHT_RECOVERY_SQL),
  days: db
    .prepare<DateRange & { today: string }, [number, number, number]>(INSIGHT_RECOVERY_DAYS_SQL)
    .raw(),
  gaps: db.prepare<DateRange, Gap>(INSIGHT_GAPS_SQL),
}))

/** Each episode's curve and days to recovery, recent against earlier, and the gaps between. */
export function recoveryInsight(db: DB, range: DateRange, today: string): Insights['recovery'] {
  const s = stmts(db)
  const curves = new Map<number, { day: number; pain: number }[]>()
  for (const [id, day, pain] of s.days.all({ ...range, today })) {
    const curve = curves.get(id)
    if (curve) curve.push({ day, pain })
    else curves.set(id, [{ day, pain }])
  }
  const episodes: RecoveryEpisode[] = s.recovery.all({ ...range, today }).map((r) => {
    // In day order whatever order SQLite read the days in (already sorted: a linear check).
    const curve = (curves.get(r.id) ?? []).sort((a, b) => a.day - b.day)
    return { ...r, curve, ...recoveryOf(curve, r.days, r.endedOn !== null) }
  })
  return { episodes, trend: recoveryTrend(episodes), gaps: s.gaps.all(range) }
}

import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'
import type { DateRange } from '../../shared/domain/common'
import type { Gap, Insights, RecoveryEpisode, RecoveryTrend } from '../../shared/domain/insights'
import {
  RECOVERED_PAIN_MAX,
  RECOVERY_TREND_MIN_PER_HALF,
  recoveryDirection,
} from '../../shared/clinical/insights'

/**
 * One row per episode that started in the range: its days with check-ins (every check-in of
 * its dates, whatever episode it is linked to: pain has no region, so overlapping episodes
 * share those days) as [day, mean pain] pairs, the first day whose mean pain is at or under the
 * recovery threshold, and its days to recovery (that day, else its length once ended).
 * Every row also carries the recent-against-earlier comparison: the episodes with a known time
 * to recovery in start order, the first ⌊n/2⌋ against the last ⌊n/2⌋ (the middle one of an odd
 * count sits out), by their medians.
 */
export const INSIGHT_RECOVERY_SQL = `
  WITH base AS MATERIALIZED (
    SELECT e.id, e.started_on, e.ended_on, e.region, e.side,
      coalesce(e.ended_on, :today) AS last_day, julianday(e.started_on) - 1 AS day0
    FROM episodes e
    WHERE e.started_on BETWEEN :from AND :to
  ),
  eps AS MATERIALIZED (
    SELECT b.*, CAST(julianday(b.last_day) - b.day0 AS INTEGER) AS length,
      -- One pass over the episode's days (the date index gives them in order, no sort).
      (SELECT json_object(
          'curve', json_group_array(json_array(day, pain)),
          'painDay', min(CASE WHEN pain <= :recoveredPain THEN day END))
        FROM (
          SELECT CAST(julianday(c.date) - b.day0 AS INTEGER) AS day, avg(c.pain) AS pain
          FROM checkins c
          WHERE c.date BETWEEN b.started_on AND b.last_day
          GROUP BY c.date)) AS j
    FROM base b
  ),
  known AS MATERIALIZED (
    SELECT id, started_on, ended_on, region, side, length, j -> '$.curve' AS curve,
      j ->> '$.painDay' AS painDay,
      coalesce(j ->> '$.painDay', CASE WHEN ended_on IS NOT NULL THEN length END) AS dtr
    FROM eps
  ),
  ordered AS MATERIALIZED (
    SELECT dtr, count(dtr) OVER (ORDER BY started_on, id ROWS UNBOUNDED PRECEDING) AS rn
    FROM known WHERE dtr IS NOT NULL
  ),
  counted AS MATERIALIZED (SELECT count(*) AS n FROM ordered),
  halves AS (
    SELECT n AS knownEpisodes,
      count(CASE WHEN rn <= n / 2 THEN 1 END) AS earlierEpisodes,
      median(CASE WHEN rn <= n / 2 THEN dtr END) AS earlierMedian,
      count(CASE WHEN rn > n - n / 2 THEN 1 END) AS recentEpisodes,
      median(CASE WHEN rn > n - n / 2 THEN dtr END) AS recentMedian
    FROM ordered, counted
  )
  SELECT k.id, k.started_on AS startedOn, k.ended_on AS endedOn, k.region, k.side,
    k.length AS days, k.dtr AS daysToRecovery,
    CASE WHEN k.painDay IS NOT NULL THEN 'pain' WHEN k.ended_on IS NOT NULL THEN 'end' END
      AS recoveredBy,
    k.curve, h.*
  FROM known k, halves h
  ORDER BY k.started_on, k.id`

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

interface TrendRow {
  knownEpisodes: number
  earlierEpisodes: number
  earlierMedian: number | null
  recentEpisodes: number
  recentMedian: number | null
}

interface RecoveryRow extends Omit<RecoveryEpisode, 'curve'>, TrendRow {
  curve: string
}

const stmts = preparedPerConnection((db: DB) => ({
  recovery: db.prepare<DateRange & { today: string; recoveredPain: number }, RecoveryRow>(
    INSIGHT_RECOVERY_SQL,
  ),
  gaps: db.prepare<DateRange, Gap>(INSIGHT_GAPS_SQL),
}))

function trendOf(row: TrendRow | undefined): RecoveryTrend {
  const episodes = row?.knownEpisodes ?? 0
  if (
    !row ||
    row.earlierEpisodes < RECOVERY_TREND_MIN_PER_HALF ||
    row.earlierMedian === null ||
    row.recentMedian === null
  ) {
    return { status: 'not_enough_data', episodes, minimumPerHalf: RECOVERY_TREND_MIN_PER_HALF }
  }
  return {
    status: 'enough_data',
    earlier: { episodes: row.earlierEpisodes, medianDays: row.earlierMedian },
    recent: { episodes: row.recentEpisodes, medianDays: row.recentMedian },
    direction: recoveryDirection(row.earlierMedian, row.recentMedian),
  }
}

/** Each episode's curve and days to recovery, recent against earlier, and the gaps between. */
export function recoveryInsight(db: DB, range: DateRange, today: string): Insights['recovery'] {
  const s = stmts(db)
  const rows = s.recovery.all({ ...range, today, recoveredPain: RECOVERED_PAIN_MAX })
  const episodes: RecoveryEpisode[] = rows.map((r) => ({
    id: r.id,
    startedOn: r.startedOn,
    endedOn: r.endedOn,
    region: r.region,
    side: r.side,
    days: r.days,
    daysToRecovery: r.daysToRecovery,
    recoveredBy: r.recoveredBy,
    curve: (JSON.parse(r.curve) as [number, number][]).map(([day, pain]) => ({ day, pain })),
  }))
  return { episodes, trend: trendOf(rows[0]), gaps: s.gaps.all(range) }
}

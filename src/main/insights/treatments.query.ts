import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'
import type { DateRange } from '../../shared/domain/common'
import { daysBetween, type IsoDate } from '../../shared/dates'
import { TREATMENT_KINDS, type TreatmentKind } from '../../shared/domain/treatment'
import type { HeatVsIce, PhaseEffect, SessionStats } from '../../shared/domain/insights'
import { MEANINGFUL_DROP_PARAMS, meaningfulDropSql } from '../clinical/meaningful-drop'
import {
  EARLY_PHASE_LAST_DAY,
  FIRST_HOURS,
  SETTLING_PHASE_LAST_DAY,
  effectOf,
  type EpisodePhase,
} from '../../shared/clinical/insights'

/* "What helps when" and "heat vs ice" on the Insights page (docs/clinical-rules.md#insights). */

/** One row per kind and day of episode of the sessions in the range, read with `index`. */
const sessionDays = (index: string, when: string) => `
    SELECT s.kind, s.episode_day AS day, count(*) AS sessions,
      count(s.pain_before - s.pain_after) AS rated,
      total(s.pain_before - s.pain_after) AS changeSum,
      count(CASE WHEN ${meaningfulDropSql('s.pain_before', 's.pain_after')} THEN 1 END) AS drops
    FROM treatment_days s INDEXED BY ${index}
    WHERE ${when} AND s.started_at >= :from AND s.started_at < date(:to, '+1 day')
    GROUP BY s.kind, s.episode_day`

/**
 * Treatments started in the range by kind and phase of the episode they belong to: its day 1
 * is its start date, and a phase starts on the day after the previous one's last day. Links
 * always cover the session's date (src/main/episodes/episode-links.ts), so an episode of a
 * session in the range overlaps the range. "Rated" = both pain values present; means and drops
 * are over rated sessions only.
 *
 * The sessions come from `treatment_days` (migration 014), grouped by kind and day of their
 * episode. With `:kindOrder` every session is read in that order from the kind index and none
 * is sorted; without, only the range's sessions are read, by start, and sorted. Only the one
 * branch the parameter picks runs (`readsInKindOrder` says which).
 */
export const INSIGHT_PHASES_SQL = `
  WITH days AS (${sessionDays('treatment_days_by_kind', ':kindOrder')}
    UNION ALL${sessionDays('treatment_days_by_start', 'NOT :kindOrder')}
  )
  SELECT kind,
    CASE WHEN day IS NULL THEN 'outside' WHEN day <= :earlyLastDay THEN 'early'
      WHEN day <= :settlingLastDay THEN 'settling' ELSE 'later' END AS phase,
    sum(sessions) AS sessions, sum(rated) AS ratedSessions,
    CASE WHEN sum(rated) > 0 THEN sum(changeSum) / sum(rated) END AS meanChange,
    sum(drops) AS meaningfulDrops
  FROM days
  GROUP BY 1, 2`

/**
 * Whether what helps when reads every session in kind order rather than sorting the range's:
 * once a range holds a fifth of the diary's days, sorting its sessions costs more than reading
 * them all (docs/performance.md). `first`: the diary's first recorded day.
 */
export function readsInKindOrder(range: DateRange, first: IsoDate | undefined): boolean {
  if (first === undefined || first >= range.from) return true
  return daysBetween(range.from, range.to) * 5 >= daysBetween(first, range.to)
}

/** Heat and ice in the first hours of the episodes (started in the range) that used both. */
export const INSIGHT_HEAT_ICE_SQL = `
  WITH early AS MATERIALIZED (
    SELECT t.kind, t.episode_id, t.pain_before - t.pain_after AS change,
      t.pain_before AS before, t.pain_after AS after
    FROM episodes e CROSS JOIN treatments t INDEXED BY treatments_by_episode
      ON t.episode_id = e.id
    WHERE e.started_on BETWEEN :from AND :to
      AND t.kind IN ('heat', 'ice')
      AND t.started_at < strftime('%Y-%m-%dT%H:%M', e.started_on, '+' || :firstHours || ' hours')
  ),
  both_used AS MATERIALIZED (
    SELECT episode_id FROM early GROUP BY episode_id HAVING count(DISTINCT kind) = 2
  )
  SELECT (SELECT count(*) FROM both_used) AS episodes, kinds.kind,
    count(early.kind) AS sessions, count(early.change) AS ratedSessions,
    avg(early.change) AS meanChange,
    count(CASE WHEN ${meaningfulDropSql('early.before', 'early.after')} THEN 1 END)
      AS meaningfulDrops
  FROM (SELECT 'heat' AS kind UNION ALL SELECT 'ice') kinds
    LEFT JOIN early ON early.kind = kinds.kind
      AND early.episode_id IN (SELECT episode_id FROM both_used)
  GROUP BY kinds.kind
  ORDER BY kinds.kind`

interface StatsRow {
  sessions: number
  ratedSessions: number
  meanChange: number | null
  meaningfulDrops: number
}

const stmts = preparedPerConnection((db: DB) => ({
  phases: db.prepare<
    DateRange &
      typeof MEANINGFUL_DROP_PARAMS & {
        earlyLastDay: number
        settlingLastDay: number
        kindOrder: 0 | 1
      },
    StatsRow & { kind: TreatmentKind; phase: EpisodePhase }
  >(INSIGHT_PHASES_SQL),
  heatIce: db.prepare<
    DateRange & typeof MEANINGFUL_DROP_PARAMS & { firstHours: number },
    StatsRow & { episodes: number; kind: 'heat' | 'ice' }
  >(INSIGHT_HEAT_ICE_SQL),
}))

const PHASE_ORDER: Record<EpisodePhase, number> = { early: 0, settling: 1, later: 2, outside: 3 }

function stats(row: StatsRow | undefined): SessionStats {
  const r = row ?? { sessions: 0, ratedSessions: 0, meanChange: null, meaningfulDrops: 0 }
  return {
    sessions: r.sessions,
    ratedSessions: r.ratedSessions,
    effect: effectOf(r.ratedSessions, r.meanChange, r.meaningfulDrops),
  }
}

/**
 * Each treatment by the phase of its episode, in catalogue then phase order. `first`: the
 * diary's first recorded day.
 */
export function phasesInsight(db: DB, range: DateRange, first: IsoDate | undefined): PhaseEffect[] {
  return stmts(db)
    .phases.all({
      ...range,
      kindOrder: readsInKindOrder(range, first) ? 1 : 0,
      ...MEANINGFUL_DROP_PARAMS,
      earlyLastDay: EARLY_PHASE_LAST_DAY,
      settlingLastDay: SETTLING_PHASE_LAST_DAY,
    })
    .map((r) => ({ kind: r.kind, phase: r.phase, ...stats(r) }))
    .sort(
      (a, b) =>
        TREATMENT_KINDS.indexOf(a.kind) - TREATMENT_KINDS.indexOf(b.kind) ||
        PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase],
    )
}

export function heatVsIceInsight(db: DB, range: DateRange): HeatVsIce {
  const rows = stmts(db).heatIce.all({
    ...range,
    ...MEANINGFUL_DROP_PARAMS,
    firstHours: FIRST_HOURS,
  })
  return {
    episodes: rows[0]?.episodes ?? 0,
    heat: stats(rows.find((r) => r.kind === 'heat')),
    ice: stats(rows.find((r) => r.kind === 'ice')),
  }
}

import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'
import {
  judgedForEasing,
  type DayPain,
  type EpisodeForFlags,
} from '../../shared/clinical/episode-flags'
import { episodeFindings, type EpisodeFacts } from '../../shared/clinical/episode-findings'
import type { DateWindow, Finding } from '../../shared/clinical/findings'
import type { PainCheckin } from '../../shared/clinical/health-history-rule'
import type { SymptomTick } from '../../shared/clinical/warning-sign-rule'
import { BACK_PAIN_MIN } from '../../shared/clinical/thresholds'
import { summaryDaysBetween } from '../db/summary-days'

/*
 * The rows every rule of src/shared/clinical reads, fetched the same way for the alerts and the
 * report: the two differ only in the window of dates they pass. SQL selects rows; the rules
 * decide (thresholds arrive as bound parameters, never as literals).
 */

interface WindowParams {
  from: string
  to: string
}

/** Bound for a window without a start, so the date index still serves every query. */
const NO_START = '0000-01-01'
const bounds = (window: DateWindow): WindowParams => ({
  from: window.from ?? NO_START,
  to: window.to,
})

const CHECKIN_REF = `c.id AS checkinId, c.created_at AS createdAt, c.date, c.slot,
  c.recorded_at AS recordedAt`

const EPISODE_FACTS = `e.id, e.started_on AS startedOn, e.ended_on AS endedOn, e.region, e.side,
  e.created_at AS createdAt`

/** Warning signs ticked on check-ins dated in the window. */
export const RULE_TICKS_SQL = `
  SELECT s.code, s.side, ${CHECKIN_REF}
  FROM checkins c JOIN checkin_symptoms s ON s.checkin_id = c.id
  WHERE c.date BETWEEN :from AND :to`

/** Check-ins of the window that can raise the health-history rule (the rule checks again). */
export const RULE_PAIN_CHECKINS_SQL = `
  SELECT ${CHECKIN_REF}, c.pain, c.episode_id AS episodeId, e.created_at AS episodeCreatedAt
  FROM checkins c LEFT JOIN episodes e ON e.id = c.episode_id
  WHERE c.date BETWEEN :from AND :to AND c.pain >= :painMin`

/**
 * Each day's mean pain of every check-in dated inside each listed episode, up to `asOf`,
 * whichever episode a check-in is linked to: when a second episode starts elsewhere, check-ins
 * link to the newest one, and the first must still be judged on them (overlapping episodes are
 * each judged). From the daily summary (`c`: one date's check-ins, flare-ups included), read
 * by day number, in day order.
 */
export const DAILY_PAIN_IN_EPISODES_SQL = `
  SELECT e.id AS episodeId, c.date, CAST(c.pain_sum AS REAL) / c.checkins AS meanPain
  FROM episodes e
  JOIN daily_summary c
    ON ${summaryDaysBetween('c', 'e.started_on', 'min(coalesce(e.ended_on, :asOf), :asOf)')}
  WHERE e.id IN (SELECT value FROM json_each(:ids))
  ORDER BY e.id, c.id`

/** Every episode, for the recurrence flag: it looks at the episodes before each one. */
export const EPISODES_FOR_FLAGS_SQL = `
  SELECT id, started_on AS startedOn, ended_on AS endedOn, region FROM episodes`

function statements(db: DB) {
  return {
    ticks: db.prepare<WindowParams, SymptomTick>(RULE_TICKS_SQL),
    painCheckins: db.prepare<WindowParams & { painMin: number }, PainCheckin>(
      RULE_PAIN_CHECKINS_SQL,
    ),
    ongoing: db.prepare<[], EpisodeFacts>(
      `SELECT ${EPISODE_FACTS} FROM episodes e WHERE e.ended_on IS NULL
       ORDER BY e.started_on DESC, e.id DESC`,
    ),
    all: db.prepare<[], EpisodeForFlags>(EPISODES_FOR_FLAGS_SQL),
    dailyPain: db.prepare<{ ids: string; asOf: string }, DayPain & { episodeId: number }>(
      DAILY_PAIN_IN_EPISODES_SQL,
    ),
  }
}
const stmts = preparedPerConnection(statements)

/** Warning signs ticked on check-ins dated in the window. */
export function symptomTicks(db: DB, window: DateWindow): SymptomTick[] {
  return stmts(db).ticks.all(bounds(window))
}

/** Check-ins of the window that recorded back pain, for the health-history rule. */
export function painCheckins(db: DB, window: DateWindow): PainCheckin[] {
  return stmts(db).painCheckins.all({ ...bounds(window), painMin: BACK_PAIN_MIN })
}

export function ongoingEpisodes(db: DB): EpisodeFacts[] {
  return stmts(db).ongoing.all()
}

/**
 * The flags of these episodes as findings, judged as of `asOf`: recurrence looks at every
 * episode, not-easing at the daily mean pain of the check-ins dated inside it up to `asOf`.
 */
export function episodeFindingsOf(
  db: DB,
  episodes: readonly EpisodeFacts[],
  asOf: string,
): Finding[] {
  if (episodes.length === 0) return []
  const s = stmts(db)
  const all = s.all.all()
  const daily = new Map<number, DayPain[]>()
  // Only the episodes the not-easing rule judges read their daily pain: over ten years, a few
  // ongoing ones instead of every episode's every day.
  const judged = episodes.filter((e) => judgedForEasing(e, asOf))
  const ids = JSON.stringify(judged.map((e) => e.id))
  const rows = judged.length > 0 ? s.dailyPain.all({ ids, asOf }) : []
  for (const { episodeId, date, meanPain } of rows) {
    const list = daily.get(episodeId)
    if (list) list.push({ date, meanPain })
    else daily.set(episodeId, [{ date, meanPain }])
  }
  return episodes.flatMap((e) => episodeFindings(e, daily.get(e.id) ?? [], all, asOf))
}

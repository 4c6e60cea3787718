import type { DB } from '../db/database'
import type { DateRange } from '../../shared/domain/checkin'
import type {
  TrendDay,
  TrendEpisode,
  Trends,
  TrendTreatment,
} from '../../shared/contract/trends.contract'

type Range = { from: string; to: string }

/**
 * Per-day series. The date series starts 6 days before `from` so the 7-day rolling mean of the
 * first days sees the week before the range; those lead-in days are dropped afterwards.
 * Only days with entries reach the window from the index; the rest stay NULL (gaps).
 */
export const TREND_DAYS_SQL = `
  WITH RECURSIVE series(day) AS (
    SELECT date(:from, '-6 days')
    UNION ALL
    SELECT date(day, '+1 day') FROM series WHERE day < :to
  ),
  per_day AS (
    SELECT c.date AS day,
      max(CASE WHEN c.slot = 'morning' THEN c.stiffness END) AS morningStiffness,
      max(CASE WHEN c.slot = 'evening' THEN c.stiffness END) AS eveningStiffness,
      max(CASE WHEN c.slot = 'morning' THEN c.pain END) AS morningPain,
      max(CASE WHEN c.slot = 'evening' THEN c.pain END) AS eveningPain,
      total(CASE WHEN c.slot <> 'other' THEN c.pain END) AS painSum,
      count(CASE WHEN c.slot <> 'other' THEN 1 END) AS painCount,
      max(c.spasm_frequency) AS spasmFrequency
    FROM checkins c
    WHERE c.date BETWEEN date(:from, '-6 days') AND :to
    GROUP BY c.date
  ),
  windowed AS (
    SELECT s.day AS date, p.morningStiffness, p.eveningStiffness, p.morningPain, p.eveningPain,
      p.spasmFrequency,
      sum(p.painSum) OVER week AS weekSum,
      sum(p.painCount) OVER week AS weekCount
    FROM series s LEFT JOIN per_day p ON p.day = s.day
    WINDOW week AS (ORDER BY s.day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)
  )
  SELECT date, morningStiffness, eveningStiffness, morningPain, eveningPain,
    CASE WHEN weekCount > 0 THEN weekSum / weekCount END AS painRolling7,
    spasmFrequency
  FROM windowed
  WHERE date >= :from
  ORDER BY date`

/** Episodes overlapping the range, start and end clipped to it (ongoing ones end at `to`). */
export const TREND_EPISODES_SQL = `
  SELECT e.id, e.region, e.side,
    max(e.started_on, :from) AS start,
    min(coalesce(e.ended_on, :to), :to) AS "end",
    e.ended_on IS NULL AS ongoing
  FROM episodes e
  WHERE e.started_on <= :to AND (e.ended_on IS NULL OR e.ended_on >= :from)
  ORDER BY e.started_on, e.id`

/** Treatments per day and kind; started_at is local 'YYYY-MM-DDTHH:MM' so it sorts by day. */
export const TREND_TREATMENTS_SQL = `
  SELECT substr(t.started_at, 1, 10) AS date, t.kind, count(*) AS count
  FROM treatments t
  WHERE t.started_at >= :from AND t.started_at < date(:to, '+1 day')
  GROUP BY 1, 2
  ORDER BY 1, 2`

/** Morning vs evening means over the range; the difference is taken here, not in the window. */
export const TREND_SUMMARY_SQL = `
  SELECT morningCheckins, eveningCheckins,
    morningPain, eveningPain, round(morningPain - eveningPain, 1) AS painDifference,
    morningStiffness, eveningStiffness,
    round(morningStiffness - eveningStiffness, 1) AS stiffnessDifference
  FROM (
    SELECT
      count(CASE WHEN c.slot = 'morning' THEN 1 END) AS morningCheckins,
      count(CASE WHEN c.slot = 'evening' THEN 1 END) AS eveningCheckins,
      avg(CASE WHEN c.slot = 'morning' THEN c.pain END) AS morningPain,
      avg(CASE WHEN c.slot = 'evening' THEN c.pain END) AS eveningPain,
      avg(CASE WHEN c.slot = 'morning' THEN c.stiffness END) AS morningStiffness,
      avg(CASE WHEN c.slot = 'evening' THEN c.stiffness END) AS eveningStiffness
    FROM checkins c
    WHERE c.date BETWEEN :from AND :to
  )`

/** The first day anything was recorded (each min() is answered from an index). */
const FIRST_DAY_SQL = `
  SELECT min(
    coalesce((SELECT min(date) FROM checkins), '9999-12-31'),
    coalesce((SELECT min(started_on) FROM episodes), '9999-12-31'),
    coalesce((SELECT substr(min(started_at), 1, 10) FROM treatments), '9999-12-31')
  ) AS first`

interface SummaryRow {
  morningCheckins: number
  eveningCheckins: number
  morningPain: number | null
  eveningPain: number | null
  painDifference: number | null
  morningStiffness: number | null
  eveningStiffness: number | null
  stiffnessDifference: number | null
}

interface EpisodeRow extends Omit<TrendEpisode, 'ongoing'> {
  ongoing: 0 | 1
}

function statements(db: DB) {
  return {
    firstDay: db.prepare<[], { first: string }>(FIRST_DAY_SQL),
    days: db.prepare<Range, TrendDay>(TREND_DAYS_SQL),
    episodes: db.prepare<Range, EpisodeRow>(TREND_EPISODES_SQL),
    treatments: db.prepare<Range, TrendTreatment>(TREND_TREATMENTS_SQL),
    summary: db.prepare<Range, SummaryRow>(TREND_SUMMARY_SQL),
  }
}

const cache = new WeakMap<DB, ReturnType<typeof statements>>()
function stmts(db: DB): ReturnType<typeof statements> {
  let s = cache.get(db)
  if (!s) {
    s = statements(db)
    cache.set(db, s)
  }
  return s
}

/** First day with anything recorded, or undefined for an empty diary. */
export function firstRecordedDay(db: DB): string | undefined {
  const first = stmts(db).firstDay.get()?.first
  return first && first !== '9999-12-31' ? first : undefined
}

function worse(difference: number | null): 'morning' | 'evening' | 'same' | null {
  if (difference === null) return null
  if (Math.abs(difference) < 0.05) return 'same'
  return difference > 0 ? 'morning' : 'evening'
}

/**
 * Everything the Trends page draws. A range that starts before the first entry (the "All"
 * button asks from 1900) is moved up to it, so the series never walks empty decades.
 */
export function getTrends(db: DB, requested: DateRange): Trends {
  const s = stmts(db)
  const first = firstRecordedDay(db)
  const from = first && first > requested.from ? first : requested.from
  const range = { from, to: requested.to }
  const emptyAnswer: Trends = {
    ...range,
    empty: true,
    days: [],
    episodes: [],
    treatments: [],
    summary: {
      morningCheckins: 0,
      eveningCheckins: 0,
      pain: { morningMean: null, eveningMean: null, difference: null, worse: null },
      stiffness: { morningMean: null, eveningMean: null, difference: null, worse: null },
    },
  }
  if (!first || from > range.to) return emptyAnswer

  const days = s.days.all(range)
  const episodes = s.episodes.all(range).map((e) => ({ ...e, ongoing: e.ongoing === 1 }))
  const treatments = s.treatments.all(range)
  const sum = s.summary.get(range)
  if (!sum) return emptyAnswer
  const hasCheckins = days.some(
    (d) => d.morningPain !== null || d.eveningPain !== null || d.spasmFrequency !== null,
  )
  return {
    ...range,
    empty: !hasCheckins && episodes.length === 0 && treatments.length === 0,
    days,
    episodes,
    treatments,
    summary: {
      morningCheckins: sum.morningCheckins,
      eveningCheckins: sum.eveningCheckins,
      pain: {
        morningMean: sum.morningPain,
        eveningMean: sum.eveningPain,
        difference: sum.painDifference,
        worse: worse(sum.painDifference),
      },
      stiffness: {
        morningMean: sum.morningStiffness,
        eveningMean: sum.eveningStiffness,
        difference: sum.stiffnessDifference,
        worse: worse(sum.stiffnessDifference),
      },
    },
  }
}

import type { DB } from '../db/database'
import type { DateRange } from '../../shared/domain/common'
import type { TrendDay, TrendEpisode, Trends, TrendTreatment } from '../../shared/domain/trends'
import { preparedPerConnection } from '../db/statements'
import { NO_CHANGE_WITHIN } from '../../shared/clinical/thresholds'

type Range = { from: string; to: string }
type Sized = Range & { size: number }

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

/**
 * Longer ranges are charted in buckets: 3,650 daily points are wider than any screen. Up to a
 * year: days; up to three years: weeks (7 days); beyond: 4-week buckets (28 days).
 */
export const DAILY_MAX_DAYS = 366
export const WEEKLY_MAX_DAYS = 3 * 366

export function bucketDays(rangeDays: number): 1 | 7 | 28 {
  if (rangeDays <= DAILY_MAX_DAYS) return 1
  return rangeDays <= WEEKLY_MAX_DAYS ? 7 : 28
}

/** The last day of the :size-day bucket holding `day`; buckets are counted back from `:to`. */
const weekEnd = (day: string) =>
  `date(:to, '-' || (CAST((julianday(:to) - julianday(${day})) / :size AS INTEGER) * :size) || ' days')`

/**
 * Weekly points for long ranges: each point is the 7 days ending on its date (the last bucket
 * may start before `from` and then holds fewer days). Scores are that week's means, spasm
 * frequency its highest, and painRolling7 the mean of its morning and evening pain values —
 * the same 7-day mean as the daily series, taken once a week. Weeks without entries are nulls.
 * At ten years this scan is most of the request, so the range's morning/evening means (the
 * summary) come out of the same pass as window totals instead of a second scan.
 */
export const TREND_WEEKS_SQL = `
  WITH RECURSIVE buckets(b) AS (
    SELECT 0
    UNION ALL
    SELECT b + 1 FROM buckets
    WHERE b < CAST((julianday(:to) - julianday(:from)) / :size AS INTEGER)
  ),
  per_bucket AS (
    SELECT CAST((julianday(:to) - julianday(c.date)) / :size AS INTEGER) AS b,
      total(CASE WHEN c.slot = 'morning' THEN c.stiffness END) AS mS,
      total(CASE WHEN c.slot = 'evening' THEN c.stiffness END) AS eS,
      total(CASE WHEN c.slot = 'morning' THEN c.pain END) AS mP,
      total(CASE WHEN c.slot = 'evening' THEN c.pain END) AS eP,
      count(CASE WHEN c.slot = 'morning' THEN 1 END) AS mN,
      count(CASE WHEN c.slot = 'evening' THEN 1 END) AS eN,
      max(c.spasm_frequency) AS spasmFrequency
    FROM checkins c
    WHERE c.date BETWEEN :from AND :to
    GROUP BY 1
  ),
  totals AS (
    SELECT coalesce(sum(mN), 0) AS mN, coalesce(sum(eN), 0) AS eN, sum(mP) / sum(mN) AS mP, sum(eP) / sum(eN) AS eP,
      sum(mS) / sum(mN) AS mS, sum(eS) / sum(eN) AS eS
    FROM per_bucket
  )
  SELECT date(:to, '-' || (k.b * :size) || ' days') AS date,
    p.mS / p.mN AS morningStiffness, p.eS / p.eN AS eveningStiffness,
    p.mP / p.mN AS morningPain, p.eP / p.eN AS eveningPain,
    (p.mP + p.eP) / (p.mN + p.eN) AS painRolling7, p.spasmFrequency,
    tot.mN AS totalMorningCheckins, tot.eN AS totalEveningCheckins,
    tot.mP AS totalMorningPain, tot.eP AS totalEveningPain,
    round(tot.mP - tot.eP, 1) AS totalPainDifference,
    tot.mS AS totalMorningStiffness, tot.eS AS totalEveningStiffness,
    round(tot.mS - tot.eS, 1) AS totalStiffnessDifference
  FROM buckets k LEFT JOIN per_bucket p ON p.b = k.b, totals tot
  ORDER BY k.b DESC`

/**
 * Episodes overlapping the range, start and end clipped to it (ongoing ones end at `to`).
 * bandStart/bandEnd are the same days on the chart's axis (the week holding them when weekly).
 */
export const TREND_EPISODES_SQL = `
  SELECT id, region, side, start, "end", ongoing,
    CASE WHEN :weekly THEN ${weekEnd('start')} ELSE start END AS bandStart,
    CASE WHEN :weekly THEN ${weekEnd('"end"')} ELSE "end" END AS bandEnd
  FROM (
    SELECT e.id, e.region, e.side,
      max(e.started_on, :from) AS start,
      min(coalesce(e.ended_on, :to), :to) AS "end",
      e.ended_on IS NULL AS ongoing,
      e.started_on AS startedOn
    FROM episodes e
    WHERE e.started_on <= :to AND (e.ended_on IS NULL OR e.ended_on >= :from)
  )
  ORDER BY startedOn, id`

/** Treatments per day and kind; started_at is local 'YYYY-MM-DDTHH:MM' so it sorts by day. */
export const TREND_TREATMENTS_SQL = `
  SELECT substr(t.started_at, 1, 10) AS date, t.kind, count(*) AS count
  FROM treatments t
  WHERE t.started_at >= :from AND t.started_at < date(:to, '+1 day')
  GROUP BY 1, 2
  ORDER BY 1, 2`

/**
 * Treatments per week (the 7 days ending on the date) and kind, for weekly charts: each week
 * reads its own slice of the started_at index.
 */
export const TREND_WEEK_TREATMENTS_SQL = `
  WITH RECURSIVE buckets(b, lo, next) AS (
    SELECT 0, date(:to, '-' || (:size - 1) || ' days'), date(:to, '+1 day')
    UNION ALL
    SELECT b + 1, date(lo, '-' || :size || ' days'), date(next, '-' || :size || ' days')
    FROM buckets
    WHERE next > date(:from, '+' || :size || ' days')
  )
  SELECT date(k.next, '-1 day') AS date, t.kind, count(*) AS count
  FROM buckets k JOIN treatments t ON t.started_at >= max(k.lo, :from) AND t.started_at < k.next
  GROUP BY k.b, t.kind
  ORDER BY k.b DESC, t.kind`

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

interface WeekRow extends TrendDay {
  totalMorningCheckins: number
  totalEveningCheckins: number
  totalMorningPain: number | null
  totalEveningPain: number | null
  totalPainDifference: number | null
  totalMorningStiffness: number | null
  totalEveningStiffness: number | null
  totalStiffnessDifference: number | null
}

/** Splits the weekly rows into points and the range's totals (the same on every row). */
function fromWeekRows(rows: WeekRow[]): { days: TrendDay[]; sum: SummaryRow | undefined } {
  const t = rows[0]
  const sum = t && {
    morningCheckins: t.totalMorningCheckins,
    eveningCheckins: t.totalEveningCheckins,
    morningPain: t.totalMorningPain,
    eveningPain: t.totalEveningPain,
    painDifference: t.totalPainDifference,
    morningStiffness: t.totalMorningStiffness,
    eveningStiffness: t.totalEveningStiffness,
    stiffnessDifference: t.totalStiffnessDifference,
  }
  const days = rows.map((r) => ({
    date: r.date,
    morningStiffness: r.morningStiffness,
    eveningStiffness: r.eveningStiffness,
    morningPain: r.morningPain,
    eveningPain: r.eveningPain,
    painRolling7: r.painRolling7,
    spasmFrequency: r.spasmFrequency,
  }))
  return { days, sum }
}

interface EpisodeRow extends Omit<TrendEpisode, 'ongoing'> {
  ongoing: 0 | 1
}

function statements(db: DB) {
  return {
    firstDay: db.prepare<[], { first: string }>(FIRST_DAY_SQL),
    days: db.prepare<Range, TrendDay>(TREND_DAYS_SQL),
    weeks: db.prepare<Sized, WeekRow>(TREND_WEEKS_SQL),
    episodes: db.prepare<Sized & { weekly: 0 | 1 }, EpisodeRow>(TREND_EPISODES_SQL),
    treatments: db.prepare<Range, TrendTreatment>(TREND_TREATMENTS_SQL),
    weekTreatments: db.prepare<Sized, TrendTreatment>(TREND_WEEK_TREATMENTS_SQL),
    summary: db.prepare<Range, SummaryRow>(TREND_SUMMARY_SQL),
  }
}

const stmts = preparedPerConnection(statements)

/** First day with anything recorded, or undefined for an empty diary. */
export function firstRecordedDay(db: DB): string | undefined {
  const first = stmts(db).firstDay.get()?.first
  return first && first !== '9999-12-31' ? first : undefined
}

function worse(difference: number | null): 'morning' | 'evening' | 'same' | null {
  if (difference === null) return null
  if (Math.abs(difference) < NO_CHANGE_WITHIN) return 'same'
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
  const diaryStart = from === requested.from ? null : from
  const emptyAnswer: Trends = {
    ...range,
    diaryStart,
    resolution: 'day',
    bucketDays: 1,
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

  const length = Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000) + 1
  const size = bucketDays(length)
  const weekly = size > 1
  const sized = { ...range, size }
  const { days, sum } = weekly
    ? fromWeekRows(s.weeks.all(sized))
    : { days: s.days.all(range), sum: s.summary.get(range) }
  const episodes = s.episodes
    .all({ ...sized, weekly: weekly ? 1 : 0 })
    .map((e) => ({ ...e, ongoing: e.ongoing === 1 }))
  const treatments = weekly ? s.weekTreatments.all(sized) : s.treatments.all(range)
  if (!sum) return emptyAnswer
  const hasCheckins = days.some(
    (d) => d.morningPain !== null || d.eveningPain !== null || d.spasmFrequency !== null,
  )
  return {
    ...range,
    diaryStart,
    resolution: size === 1 ? 'day' : size === 7 ? 'week' : '4 weeks',
    bucketDays: size,
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

/*
 * The SQL of the Trends page; trends.query.ts runs it and shapes the answer. Check-in values
 * come from the daily summary (migration 008, docs/performance.md#the-daily-summary), aliased
 * `c`: each of its rows is one date's check-ins.
 */
import { DAILY_MAX_DAYS, WEEKLY_MAX_DAYS } from '../../shared/domain/trends'
import { dayNumber, summaryDaysBetween } from '../db/summary-days'

/**
 * Per-day series, from the daily summary (`c`: one row per date with check-ins). The date series
 * starts 6 days before `from` so the 7-day rolling mean of the first days sees the week before
 * the range; those lead-in days are dropped afterwards. Days are counted by day number (the
 * summary's id), and days without entries stay NULL (gaps). Flare-ups ('other') never count
 * in the pain mean.
 */
export const TREND_DAYS_SQL = `
  WITH RECURSIVE series(n) AS (
    SELECT ${dayNumber(':from')} - 6
    UNION ALL
    SELECT n + 1 FROM series WHERE n < ${dayNumber(':to')}
  ),
  per_day AS (
    SELECT c.id AS n,
      c.morning_stiffness AS morningStiffness, c.evening_stiffness AS eveningStiffness,
      c.morning_pain AS morningPain, c.evening_pain AS eveningPain,
      CAST(coalesce(c.morning_pain, 0) + coalesce(c.evening_pain, 0) AS REAL) AS painSum,
      (c.morning_pain IS NOT NULL) + (c.evening_pain IS NOT NULL) AS painCount,
      c.spasm_frequency_max AS spasmFrequency
    FROM daily_summary c
    WHERE ${summaryDaysBetween('c', "date(:from, '-6 days')", ':to')}
  ),
  windowed AS (
    SELECT s.n, p.morningStiffness, p.eveningStiffness, p.morningPain, p.eveningPain,
      p.spasmFrequency,
      sum(p.painSum) OVER week AS weekSum,
      sum(p.painCount) OVER week AS weekCount
    FROM series s LEFT JOIN per_day p ON p.n = s.n
    WINDOW week AS (ORDER BY s.n ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)
  )
  -- A day number n is the date whose midnight is julian day n + 0.5.
  SELECT date(n + 0.5) AS date, morningStiffness, eveningStiffness, morningPain, eveningPain,
    CASE WHEN weekCount > 0 THEN weekSum / weekCount END AS painRolling7,
    spasmFrequency
  FROM windowed
  WHERE n >= ${dayNumber(':from')}
  ORDER BY n`

/**
 * The bucket of a range's points (`DAILY_MAX_DAYS`, `WEEKLY_MAX_DAYS`). A chart narrower than
 * its points (`maxPoints`, one per pixel column) gets the next coarser bucket whose points fit,
 * and 4 weeks when none does.
 */
export function bucketDays(rangeDays: number, maxPoints = Infinity): 1 | 7 | 28 {
  const fits = (size: number) => Math.ceil(rangeDays / size) <= maxPoints
  if (rangeDays <= DAILY_MAX_DAYS && fits(1)) return 1
  return rangeDays <= WEEKLY_MAX_DAYS && fits(7) ? 7 : 28
}

/** The last day of the :size-day bucket holding `day`; buckets are counted back from `:to`. */
const weekEnd = (day: string) =>
  `date(:to, '-' || (CAST((julianday(:to) - julianday(${day})) / :size AS INTEGER) * :size) || ' days')`

/**
 * Weekly points for long ranges: each point is the 7 days ending on its date (the last bucket
 * may start before `from` and then holds fewer days). Scores are that week's means, spasm
 * frequency its highest, and painRolling7 the mean of its morning and evening pain values —
 * the same 7-day mean as the daily series, taken once a week. Weeks without entries are nulls.
 * The range's morning/evening means (the summary) come out of the same pass of the daily
 * summary as window totals instead of a second scan.
 */
export const TREND_WEEKS_SQL = `
  WITH RECURSIVE buckets(b) AS (
    SELECT 0
    UNION ALL
    SELECT b + 1 FROM buckets
    WHERE b < CAST((julianday(:to) - julianday(:from)) / :size AS INTEGER)
  ),
  per_bucket AS (
    SELECT CAST((${dayNumber(':to')} - c.id) / :size AS INTEGER) AS b,
      total(c.morning_stiffness) AS mS, total(c.evening_stiffness) AS eS,
      total(c.morning_pain) AS mP, total(c.evening_pain) AS eP,
      count(c.morning_pain) AS mN, count(c.evening_pain) AS eN,
      max(c.spasm_frequency_max) AS spasmFrequency
    FROM daily_summary c
    WHERE ${summaryDaysBetween('c', ':from', ':to')}
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
 * Treatments per week (the 7 days ending on the date) and kind, for weekly charts: one row per
 * week, its counts as a JSON object from kind to count, in kind order (`{}` for none). Each week
 * reads its own slice of the started_at index and groups only its own sessions; grouping the
 * whole range by week and kind at once sorted every session first, which cost most of the
 * statement (docs/performance.md).
 */
export const TREND_WEEK_TREATMENTS_SQL = `
  WITH RECURSIVE buckets(b, lo, next) AS (
    SELECT 0, date(:to, '-' || (:size - 1) || ' days'), date(:to, '+1 day')
    UNION ALL
    SELECT b + 1, date(lo, '-' || :size || ' days'), date(next, '-' || :size || ' days')
    FROM buckets
    WHERE next > date(:from, '+' || :size || ' days')
  )
  SELECT date(k.next, '-1 day') AS date,
    (SELECT json_group_object(kind, count) FROM (
      SELECT t.kind, count(*) AS count
      FROM treatments t INDEXED BY treatments_by_start
      WHERE t.started_at >= max(k.lo, :from) AND t.started_at < k.next
      GROUP BY t.kind)) AS counts
  FROM buckets k
  ORDER BY k.b DESC`

/**
 * Morning vs evening means over the range, from the daily summary (one morning and one evening
 * value per date at most); the difference is taken here, not in the window.
 */
export const TREND_SUMMARY_SQL = `
  SELECT morningCheckins, eveningCheckins,
    morningPain, eveningPain, round(morningPain - eveningPain, 1) AS painDifference,
    morningStiffness, eveningStiffness,
    round(morningStiffness - eveningStiffness, 1) AS stiffnessDifference
  FROM (
    SELECT
      count(c.morning_pain) AS morningCheckins, count(c.evening_pain) AS eveningCheckins,
      avg(c.morning_pain) AS morningPain, avg(c.evening_pain) AS eveningPain,
      avg(c.morning_stiffness) AS morningStiffness, avg(c.evening_stiffness) AS eveningStiffness
    FROM daily_summary c
    WHERE ${summaryDaysBetween('c', ':from', ':to')}
  )`

/** What one `trends:get` runs for a range charted by day (`npm run bench` times them raw). */
export const DAILY_TREND_SQL = [
  TREND_DAYS_SQL,
  TREND_EPISODES_SQL,
  TREND_TREATMENTS_SQL,
  TREND_SUMMARY_SQL,
] as const
/** The same for a range charted in week or 4-week buckets: the summary comes from the same pass. */
export const BUCKETED_TREND_SQL = [
  TREND_WEEKS_SQL,
  TREND_EPISODES_SQL,
  TREND_WEEK_TREATMENTS_SQL,
] as const

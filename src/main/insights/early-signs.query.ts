import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'
import type { DateRange } from '../../shared/domain/common'
import type { EarlySign, EarlySigns } from '../../shared/domain/insights'
import { EARLY_SIGN_DAYS, MIN_ONSETS } from '../../shared/clinical/insights'
import { dayNumber, summaryDaysBetween } from '../db/summary-days'

/** A day's values for the early signs, from the daily summary: its morning's minutes and pain, any broken sleep. */
const DAY_VALUES = `c.sleep_interrupted AS sleep, c.stiffness_minutes AS minutes,
      c.morning_pain AS pain`
const SUMS = `count(minutes) AS minutesN, avg(minutes) AS minutes, count(*) AS days,
      total(sleep) AS sleepDays, count(pain) AS painN, avg(pain) AS pain`
/** The same as totals, so one set of days can be taken from another. */
const TOTALS = `count(minutes) AS minutesN, total(minutes) AS minutesT, count(*) AS days,
      total(sleep) AS sleepDays, count(pain) AS painN, total(pain) AS painT`

/**
 * Morning stiffness minutes, interrupted sleep (days) and morning pain in the days before each
 * onset that lie outside every episode, against the person's other days outside episodes (the
 * days before any onset left out). A day before two close onsets counts for each of them.
 * One row per day from the daily summary (`c`); a date's check-ins all link to the episode
 * covering it (episode-links.ts), so a day is outside every episode when its summary has none.
 */
export const INSIGHT_EARLY_SIGNS_SQL = `
  WITH RECURSIVE back(n) AS (
    SELECT 1 UNION ALL SELECT n + 1 FROM back WHERE n < :earlySignDays
  ),
  onsets AS MATERIALIZED (
    SELECT e.id, date(e.started_on, '-' || :earlySignDays || ' days') AS lo,
      date(e.started_on, '-1 day') AS hi
    FROM episodes e
    WHERE e.started_on BETWEEN :from AND :to
  ),
  before_days AS (
    SELECT o.id AS onset, ${DAY_VALUES}
    FROM onsets o CROSS JOIN daily_summary c ON ${summaryDaysBetween('c', 'o.lo', 'o.hi')}
    WHERE c.episode_id IS NULL
  ),
  -- As day numbers, the summary's row ids.
  before_any AS (
    SELECT DISTINCT ${dayNumber('e.started_on')} - back.n AS day
    FROM episodes e, back
    WHERE e.started_on BETWEEN :from AND date(:to, '+' || :earlySignDays || ' days')
  ),
  -- The other days are every day outside episodes less those before an onset: two passes by
  -- row id instead of a set lookup per day. Means of no days divide by zero: NULL, as avg().
  outside AS (
    SELECT ${TOTALS} FROM (
      SELECT ${DAY_VALUES} FROM daily_summary c
      WHERE c.episode_id IS NULL AND ${summaryDaysBetween('c', ':from', ':to')})
  ),
  outside_before AS (
    SELECT ${TOTALS} FROM (
      SELECT ${DAY_VALUES} FROM before_any a JOIN daily_summary c ON c.id = a.day
      WHERE c.episode_id IS NULL AND ${summaryDaysBetween('c', ':from', ':to')})
  ),
  b AS (SELECT count(DISTINCT onset) AS onsetsWithData, ${SUMS} FROM before_days),
  o AS (
    SELECT a.minutesN - x.minutesN AS minutesN,
      (a.minutesT - x.minutesT) / (a.minutesN - x.minutesN) AS minutes,
      a.days - x.days AS days, a.sleepDays - x.sleepDays AS sleepDays,
      a.painN - x.painN AS painN, (a.painT - x.painT) / (a.painN - x.painN) AS pain
    FROM outside a, outside_before x
  )
  SELECT (SELECT count(*) FROM onsets) AS onsets, b.onsetsWithData,
    b.minutesN AS beforeMinutesN, b.minutes AS beforeMinutes,
    b.days AS beforeSleepN, CAST(b.sleepDays AS INTEGER) AS beforeSleepDays,
    b.painN AS beforePainN, b.pain AS beforePain,
    o.minutesN AS baseMinutesN, o.minutes AS baseMinutes,
    o.days AS baseSleepN, CAST(o.sleepDays AS INTEGER) AS baseSleepDays,
    o.painN AS basePainN, o.pain AS basePain
  FROM b, o`

interface EarlyRow {
  onsets: number
  onsetsWithData: number
  beforeMinutesN: number
  beforeMinutes: number | null
  beforeSleepN: number
  beforeSleepDays: number
  beforePainN: number
  beforePain: number | null
  baseMinutesN: number
  baseMinutes: number | null
  baseSleepN: number
  baseSleepDays: number
  basePainN: number
  basePain: number | null
}

const stmts = preparedPerConnection((db: DB) => ({
  early: db.prepare<DateRange & { earlySignDays: number }, EarlyRow>(INSIGHT_EARLY_SIGNS_SQL),
}))

const shareOf = (days: number, n: number) => (n === 0 ? null : days / n)

function signsOf(row: EarlyRow): EarlySign[] {
  return [
    {
      sign: 'stiffness_minutes',
      before: { n: row.beforeMinutesN, value: row.beforeMinutes },
      baseline: { n: row.baseMinutesN, value: row.baseMinutes },
    },
    {
      sign: 'sleep_interrupted',
      before: { n: row.beforeSleepN, value: shareOf(row.beforeSleepDays, row.beforeSleepN) },
      baseline: { n: row.baseSleepN, value: shareOf(row.baseSleepDays, row.baseSleepN) },
    },
    {
      sign: 'morning_pain',
      before: { n: row.beforePainN, value: row.beforePain },
      baseline: { n: row.basePainN, value: row.basePain },
    },
  ]
}

/** The days before onsets against other days; no numbers below the minimum of onsets. */
export function earlySignsInsight(db: DB, range: DateRange): EarlySigns {
  // Both sides are aggregates, so the statement always answers one row.
  const row = stmts(db).early.get({ ...range, earlySignDays: EARLY_SIGN_DAYS })
  if (!row) throw new Error('The early-signs statement answered no row.')
  const enoughData = row.onsetsWithData >= MIN_ONSETS
  return {
    onsets: row.onsets,
    onsetsWithData: row.onsetsWithData,
    minimumOnsets: MIN_ONSETS,
    enoughData,
    signs: enoughData ? signsOf(row) : [],
  }
}

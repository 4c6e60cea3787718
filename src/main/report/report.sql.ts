import type { DB } from '../db/database'
import type { DateRange } from '../../shared/domain/common'
import { BACK_PAIN_MIN, LONG_MORNING_STIFFNESS_MINUTES } from '../../shared/clinical/thresholds'
import { firstRecordedDay } from '../trends/first-recorded-day'
import { MEANINGFUL_DROP_PARAMS } from '../clinical/meaningful-drop'
import { RULE_TICKS_SQL } from '../clinical/rule-rows.query'
import { SESSION_SUMS, byKindAndMedication } from '../treatments/session-groups'
import { dayNumber, summaryDaysBetween } from '../db/summary-days'

/*
 * The SQL of the doctor's summary and its bound parameters; report.query.ts runs it and maps the
 * rows. Thresholds arrive as parameters from src/shared/clinical, never as literals.
 */

/** The summary's episode table and notes show this many of the most recent rows. */
export const REPORT_EPISODE_ROWS = 10
export const REPORT_NOTE_ROWS = 8

export interface Params {
  from: string
  to: string
  today: string
  /** The first day with data in the period, for the first-half vs second-half split. */
  dataFrom: string
  longStiffness: number
  meaningfulPoints: number
  meaningfulFraction: number
  painMin: number
  episodeRows: number
  noteRows: number
}

/** One half's sums of a slot: its entries, pain and stiffness totals, and worst values. */
const halfSums = (slot: 'morning' | 'evening') => `
      count(c.${slot}_pain) AS ${slot}N,
      total(c.${slot}_pain) AS ${slot}Pain, max(c.${slot}_pain) AS ${slot}PainWorst,
      total(c.${slot}_stiffness) AS ${slot}Stiff, max(c.${slot}_stiffness) AS ${slot}StiffWorst`

/**
 * One slot's columns from the two halves' sums (`h` 0 and 1), prefixed with its name
 * (`morningPainMean`…): mean, worst and the first-half vs second-half means of pain and
 * stiffness. A mean of no entries divides by zero, which SQLite answers with NULL.
 */
const slotColumns = (slot: 'morning' | 'evening') => `
    sum(${slot}N) AS ${slot}Entries,
    sum(${slot}Pain) / sum(${slot}N) AS ${slot}PainMean, max(${slot}PainWorst) AS ${slot}PainWorst,
    max(CASE WHEN h = 0 THEN ${slot}Pain / ${slot}N END) AS ${slot}PainFirst,
    max(CASE WHEN h = 1 THEN ${slot}Pain / ${slot}N END) AS ${slot}PainSecond,
    sum(${slot}Stiff) / sum(${slot}N) AS ${slot}StiffMean,
    max(${slot}StiffWorst) AS ${slot}StiffWorst,
    max(CASE WHEN h = 0 THEN ${slot}Stiff / ${slot}N END) AS ${slot}StiffFirst,
    max(CASE WHEN h = 1 THEN ${slot}Stiff / ${slot}N END) AS ${slot}StiffSecond`

/**
 * Both slots from the daily summary (`c`, one row per date; its morning and evening values are
 * that slot's single check-in), summed once per half: the first half's days, then the
 * second's, split at the day number `mid` (from the first day with data). Each day is read
 * once and summed into its own half, instead of into the whole and both halves by cases. A
 * slot without entries has 0 entries and nulls.
 */
export const REPORT_SLOTS_SQL = `
  WITH bounds AS (
    SELECT ${dayNumber(':dataFrom')}
      + CAST((julianday(:to) - julianday(:dataFrom) + 1) / 2 AS INTEGER) AS mid
  ),
  halves AS (
    SELECT 0 AS h, ${halfSums('morning')}, ${halfSums('evening')}
    FROM daily_summary c
    WHERE ${summaryDaysBetween('c', ':from', ':to')} AND c.id < (SELECT mid FROM bounds)
    UNION ALL
    SELECT 1, ${halfSums('morning')}, ${halfSums('evening')}
    FROM daily_summary c
    WHERE ${summaryDaysBetween('c', ':from', ':to')} AND c.id >= (SELECT mid FROM bounds)
  )
  SELECT ${slotColumns('morning')},
    ${slotColumns('evening')}
  FROM halves`

/**
 * The period's check-ins, from the daily summary: every check-in (flare-ups too) counts in the
 * number and the mean spasm frequency; the day counts are of dates.
 */
export const REPORT_CHECKINS_SQL = `
  SELECT coalesce(sum(c.checkins), 0) AS count, count(*) AS daysWithEntries,
    count(CASE WHEN c.spasm_frequency_max > 0 THEN 1 END) AS daysWithSpasms,
    CAST(sum(c.spasm_frequency_sum) AS REAL) / sum(c.checkins) AS meanFrequency,
    max(c.spasm_frequency_max) AS worstFrequency,
    avg(c.stiffness_minutes) AS meanMinutes,
    count(CASE WHEN c.stiffness_minutes >= :longStiffness THEN 1 END) AS longMornings,
    count(CASE WHEN c.sleep_interrupted = 1 THEN 1 END) AS sleepInterruptions
  FROM daily_summary c
  WHERE ${summaryDaysBetween('c', ':from', ':to')}`

/**
 * Episodes overlapping the period (an ongoing one reaches today) with the highest pain of their
 * check-ins; newest first. Their days come from `episodeDays`, the rule every screen uses.
 */
export const REPORT_EPISODE_ROWS_SQL = `
  SELECT e.id, e.started_on AS startedOn, e.ended_on AS endedOn, e.region, e.side, e.trigger,
    e.trigger_note AS triggerNote, e.created_at AS createdAt,
    (SELECT max(c.pain) FROM checkins c WHERE c.episode_id = e.id) AS peakPain
  FROM episodes e
  WHERE e.started_on <= :to AND coalesce(e.ended_on, :today) >= :from
  ORDER BY e.started_on DESC, e.id DESC`

/** Per kind and per medication detail, as the Treatments page sums them (treatmentGroups). */
export const REPORT_TREATMENTS_SQL = byKindAndMedication(
  (detail) => `${detail} AS detail, ${SESSION_SUMS}`,
  `t.started_at >= :from AND t.started_at < date(:to, '+1 day')`,
)

export const REPORT_MEDICATIONS_SQL = `
  SELECT t.detail, count(*) AS timesUsed, count(DISTINCT substr(t.started_at, 1, 10)) AS daysUsed
  FROM treatments t
  WHERE t.kind = 'medication' AND t.started_at >= :from AND t.started_at < date(:to, '+1 day')
  GROUP BY t.detail
  ORDER BY daysUsed DESC, t.detail`

/**
 * Weekly means for the report's small chart, from the daily summary; weeks start on :weekStart
 * (0 = Sunday … 6 = Saturday, the person's setting or their region's), each labelled by its
 * first day. The summary's id is the date's day number, whose weekday is (id + 2) % 7 (0 =
 * Sunday): weeks are grouped by the day number of their first day, and only each week's label
 * is a date function (a ten-year period has 3,650 days and 522 weeks).
 */
export const REPORT_WEEKLY_SQL = `
  SELECT date(w + 0.5) AS week, morningPain, eveningPain, morningStiffness, eveningStiffness
  FROM (
    SELECT c.id - (c.id + 9 - :weekStart) % 7 AS w,
      avg(c.morning_pain) AS morningPain, avg(c.evening_pain) AS eveningPain,
      avg(c.morning_stiffness) AS morningStiffness, avg(c.evening_stiffness) AS eveningStiffness
    FROM daily_summary c
    WHERE ${summaryDaysBetween('c', ':from', ':to')}
    GROUP BY 1
  )
  ORDER BY w`

/** Notes marked "show my doctor" in the period: check-ins, flare-ups, episodes, treatments. */
const MARKED_NOTES = `
  SELECT c.date, 'checkin' AS source, c.slot AS detail, NULL AS side, c.notes AS text,
    c.recorded_at AS at
  FROM checkins c
  WHERE c.note_for_doctor = 1 AND c.notes <> '' AND c.date BETWEEN :from AND :to
  UNION ALL
  SELECT e.started_on, 'episode', e.region, e.side, e.notes, e.created_at
  FROM episodes e
  WHERE e.note_for_doctor = 1 AND e.notes <> ''
    AND e.started_on <= :to AND coalesce(e.ended_on, :today) >= :from
  UNION ALL
  SELECT substr(t.started_at, 1, 10), 'treatment', t.kind, NULL, t.notes, t.started_at
  FROM treatments t
  WHERE t.note_for_doctor = 1 AND t.notes <> ''
    AND t.started_at >= :from AND t.started_at < date(:to, '+1 day')`

/** The newest notes, each row also carrying how many the period holds (`total`). */
export const REPORT_NOTES_SQL = `
  SELECT *, count(*) OVER () AS total FROM (${MARKED_NOTES})
  ORDER BY date DESC, at DESC LIMIT :noteRows`

export const REPORT_PEG_SQL = `
  SELECT date, pain, enjoyment, activity FROM peg_scores
  WHERE date BETWEEN :from AND :to ORDER BY date`

/**
 * The queries one report runs, for the benchmark's raw-SQLite baseline. The period's pain rows
 * (RULE_PAIN_CHECKINS_SQL) are read only when a health-history question is answered yes, which
 * the benchmark's diary has not; the episodes' daily pain is added by the benchmark.
 */
export const REPORT_SQL = [
  RULE_TICKS_SQL,
  REPORT_SLOTS_SQL,
  REPORT_CHECKINS_SQL,
  REPORT_EPISODE_ROWS_SQL,
  REPORT_TREATMENTS_SQL,
  REPORT_MEDICATIONS_SQL,
  REPORT_WEEKLY_SQL,
  REPORT_NOTES_SQL,
  REPORT_PEG_SQL,
]

/**
 * The bound parameters of every report query: the thresholds come from src/shared/clinical,
 * never from the SQL text. Exported for the benchmark's raw baseline.
 */
export function reportQueryParams(
  db: DB,
  range: DateRange,
  today: string,
  first = firstRecordedDay(db),
): Params {
  return {
    from: range.from,
    to: range.to,
    today,
    dataFrom: first && first > range.from && first <= range.to ? first : range.from,
    longStiffness: LONG_MORNING_STIFFNESS_MINUTES,
    ...MEANINGFUL_DROP_PARAMS,
    painMin: BACK_PAIN_MIN,
    episodeRows: REPORT_EPISODE_ROWS,
    noteRows: REPORT_NOTE_ROWS,
  }
}

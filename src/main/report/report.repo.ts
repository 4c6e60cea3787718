import { differenceInCalendarDays } from 'date-fns'
import type { DB } from '../db/database'
import { fromIsoDate } from '../../shared/dates'
import type { DateRange } from '../../shared/domain/common'
import { SLOT_LABELS, type Slot } from '../../shared/domain/checkin'
import {
  REGION_LABELS,
  SIDE_LABELS,
  type Region,
  type Side,
  type Trigger,
} from '../../shared/domain/episode'
import { TREATMENT_KIND_LABELS, type TreatmentKind } from '../../shared/domain/treatment'
import type { DoctorNote, RedFlag, Report, SlotStats } from '../../shared/domain/report'
import { compareFindings, type DateWindow, type Finding } from '../../shared/clinical/findings'
import { healthHistoryFindings } from '../../shared/clinical/health-history-rule'
import { warningSignFindings } from '../../shared/clinical/warning-sign-rule'
import { treatmentEvidence } from '../../shared/clinical/treatment-evidence'
import { pegScore } from '../../shared/clinical/peg'
import {
  BACK_PAIN_MIN,
  LONG_MORNING_STIFFNESS_MINUTES,
  MEANINGFUL_CHANGE,
} from '../../shared/clinical/thresholds'
import { episodeDays, type EpisodeFlagCode } from '../../shared/clinical/episode-flags'
import type { WeekDay } from '../../shared/units'
import { firstRecordedDay } from '../trends/trends.repo'
import { getSettings } from '../settings/settings.repo'
import { preparedPerConnection } from '../db/statements'
import {
  episodeFindingsOf,
  painCheckins,
  RULE_PAIN_CHECKINS_SQL,
  RULE_TICKS_SQL,
  symptomTicks,
} from '../clinical/rule-rows.repo'

/** The summary's episode table and notes show this many of the most recent rows. */
export const REPORT_EPISODE_ROWS = 10
export const REPORT_NOTE_ROWS = 8

interface Params {
  from: string
  to: string
  today: string
  /** The first day with data in the period, for the first-half vs second-half split. */
  dataFrom: string
  longStiffness: number
  meaningful: number
  painMin: number
  episodeRows: number
  noteRows: number
}

/** Per slot: mean, worst and the first-half vs second-half means of pain and stiffness. */
export const REPORT_SLOTS_SQL = `
  WITH bounds AS (
    SELECT date(:dataFrom, '+' || CAST((julianday(:to) - julianday(:dataFrom) + 1) / 2 AS INTEGER)
      || ' days') AS mid
  )
  SELECT c.slot, count(*) AS entries,
    avg(c.pain) AS painMean, max(c.pain) AS painWorst,
    avg(CASE WHEN c.date < b.mid THEN c.pain END) AS painFirst,
    avg(CASE WHEN c.date >= b.mid THEN c.pain END) AS painSecond,
    avg(c.stiffness) AS stiffMean, max(c.stiffness) AS stiffWorst,
    avg(CASE WHEN c.date < b.mid THEN c.stiffness END) AS stiffFirst,
    avg(CASE WHEN c.date >= b.mid THEN c.stiffness END) AS stiffSecond
  FROM checkins c, bounds b
  WHERE c.date BETWEEN :from AND :to AND c.slot IN ('morning', 'evening')
  GROUP BY c.slot`

export const REPORT_CHECKINS_SQL = `
  SELECT count(*) AS count, count(DISTINCT c.date) AS daysWithEntries,
    count(DISTINCT CASE WHEN c.spasm_frequency > 0 THEN c.date END) AS daysWithSpasms,
    avg(c.spasm_frequency) AS meanFrequency, max(c.spasm_frequency) AS worstFrequency,
    avg(CASE WHEN c.slot = 'morning' THEN c.stiffness_minutes END) AS meanMinutes,
    count(CASE WHEN c.slot = 'morning' AND c.stiffness_minutes >= :longStiffness THEN 1 END)
      AS longMornings,
    count(DISTINCT CASE WHEN c.sleep_interrupted = 1 THEN c.date END) AS sleepInterruptions
  FROM checkins c
  WHERE c.date BETWEEN :from AND :to`

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

export const REPORT_TREATMENTS_SQL = `
  SELECT t.kind, count(*) AS timesUsed,
    avg(t.pain_before - t.pain_after) AS meanChange,
    count(t.pain_before - t.pain_after) AS rated,
    avg(CASE WHEN t.pain_before IS NOT NULL AND t.pain_after IS NOT NULL
             THEN (t.pain_before - t.pain_after >= :meaningful) END) AS shareMeaningfulDrop
  FROM treatments t
  WHERE t.started_at >= :from AND t.started_at < date(:to, '+1 day')
  GROUP BY t.kind
  ORDER BY timesUsed DESC, t.kind`

export const REPORT_MEDICATIONS_SQL = `
  SELECT t.detail, count(*) AS timesUsed, count(DISTINCT substr(t.started_at, 1, 10)) AS daysUsed
  FROM treatments t
  WHERE t.kind = 'medication' AND t.started_at >= :from AND t.started_at < date(:to, '+1 day')
  GROUP BY t.detail
  ORDER BY daysUsed DESC, t.detail`

/**
 * Weekly means for the report's small chart; weeks start on :weekStart (0 = Sunday … 6 =
 * Saturday, the person's setting or their region's), each labelled by its first day.
 */
export const REPORT_WEEKLY_SQL = `
  SELECT date(c.date,
      '-' || ((CAST(strftime('%w', c.date) AS INTEGER) + 7 - :weekStart) % 7) || ' days')
      AS week,
    avg(CASE WHEN c.slot = 'morning' THEN c.pain END) AS morningPain,
    avg(CASE WHEN c.slot = 'evening' THEN c.pain END) AS eveningPain,
    avg(CASE WHEN c.slot = 'morning' THEN c.stiffness END) AS morningStiffness,
    avg(CASE WHEN c.slot = 'evening' THEN c.stiffness END) AS eveningStiffness
  FROM checkins c
  WHERE c.date BETWEEN :from AND :to
  GROUP BY 1
  ORDER BY 1`

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

export const REPORT_NOTES_SQL = `
  SELECT * FROM (${MARKED_NOTES}) ORDER BY date DESC, at DESC LIMIT :noteRows`

export const REPORT_NOTE_COUNT_SQL = `SELECT count(*) AS n FROM (${MARKED_NOTES})`

export const REPORT_PEG_SQL = `
  SELECT date, pain, enjoyment, activity FROM peg_scores
  WHERE date BETWEEN :from AND :to ORDER BY date`

/**
 * The queries one report runs, for the benchmark's raw-SQLite baseline (the episodes' daily pain
 * for not-improving, a few rows per ongoing episode, is left out).
 */
export const REPORT_SQL = [
  RULE_TICKS_SQL,
  RULE_PAIN_CHECKINS_SQL,
  REPORT_SLOTS_SQL,
  REPORT_CHECKINS_SQL,
  REPORT_EPISODE_ROWS_SQL,
  REPORT_TREATMENTS_SQL,
  REPORT_MEDICATIONS_SQL,
  REPORT_WEEKLY_SQL,
  REPORT_NOTES_SQL,
  REPORT_NOTE_COUNT_SQL,
  REPORT_PEG_SQL,
]

interface SlotRow {
  slot: 'morning' | 'evening'
  entries: number
  painMean: number | null
  painWorst: number | null
  painFirst: number | null
  painSecond: number | null
  stiffMean: number | null
  stiffWorst: number | null
  stiffFirst: number | null
  stiffSecond: number | null
}

interface CheckinsRow {
  count: number
  daysWithEntries: number
  daysWithSpasms: number
  meanFrequency: number | null
  worstFrequency: number | null
  meanMinutes: number | null
  longMornings: number
  sleepInterruptions: number
}

interface EpisodeRow {
  id: number
  startedOn: string
  endedOn: string | null
  region: Region
  side: Side
  trigger: Trigger
  triggerNote: string
  createdAt: string
  peakPain: number | null
}

interface NoteRow {
  date: string
  source: 'checkin' | 'episode' | 'treatment'
  detail: string
  side: Side | null
  text: string
}

function statements(db: DB) {
  const p = <R>(sql: string) => db.prepare<Params, R>(sql)
  return {
    slots: p<SlotRow>(REPORT_SLOTS_SQL),
    checkins: p<CheckinsRow>(REPORT_CHECKINS_SQL),
    episodeRows: p<EpisodeRow>(REPORT_EPISODE_ROWS_SQL),
    treatments: p<{
      kind: TreatmentKind
      timesUsed: number
      meanChange: number | null
      rated: number
      shareMeaningfulDrop: number | null
    }>(REPORT_TREATMENTS_SQL),
    medications: p<{ detail: string; timesUsed: number; daysUsed: number }>(REPORT_MEDICATIONS_SQL),
    weekly: db.prepare<Params & { weekStart: WeekDay }, Report['weekly'][number]>(
      REPORT_WEEKLY_SQL,
    ),
    notes: p<NoteRow>(REPORT_NOTES_SQL),
    noteCount: p<{ n: number }>(REPORT_NOTE_COUNT_SQL),
    peg: p<{ date: string; pain: number; enjoyment: number; activity: number }>(REPORT_PEG_SQL),
  }
}

const stmts = preparedPerConnection(statements)

/**
 * The bound parameters of every report query: the thresholds come from src/shared/clinical,
 * never from the SQL text. Exported for the benchmark's raw baseline.
 */
export function reportQueryParams(db: DB, range: DateRange, today: string): Params {
  const first = firstRecordedDay(db)
  return {
    from: range.from,
    to: range.to,
    today,
    dataFrom: first && first > range.from && first <= range.to ? first : range.from,
    longStiffness: LONG_MORNING_STIFFNESS_MINUTES,
    meaningful: MEANINGFUL_CHANGE,
    painMin: BACK_PAIN_MIN,
    episodeRows: REPORT_EPISODE_ROWS,
    noteRows: REPORT_NOTE_ROWS,
  }
}

function slotStats(row: SlotRow | undefined, measure: 'pain' | 'stiff'): SlotStats {
  const first = row?.[`${measure}First`] ?? null
  const second = row?.[`${measure}Second`] ?? null
  return {
    entries: row?.entries ?? 0,
    mean: row?.[`${measure}Mean`] ?? null,
    worst: row?.[`${measure}Worst`] ?? null,
    firstHalfMean: first,
    secondHalfMean: second,
    change: first !== null && second !== null ? second - first : null,
  }
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const upper = sorted[Math.floor(sorted.length / 2)] ?? 0
  const lower = sorted[Math.ceil(sorted.length / 2) - 1] ?? 0
  return (lower + upper) / 2
}

/**
 * The red flags of a period, from the same rules and row queries as the alerts: warning signs
 * ticked in the period, health-history answers with back pain in the period, and the flags of
 * the episodes overlapping it, judged at the end of the period (or today, if sooner).
 */
function periodFindings(
  db: DB,
  period: DateWindow,
  episodes: readonly EpisodeRow[],
  asOf: string,
): Finding[] {
  return [
    ...warningSignFindings(symptomTicks(db, period), () => period),
    ...healthHistoryFindings(getSettings(db).healthHistory, painCheckins(db, period), period),
    ...episodeFindingsOf(db, episodes, asOf),
  ].sort(compareFindings)
}

function toRedFlag(f: Finding): RedFlag {
  return { rule: f.rule, tier: f.tier, date: f.date, title: f.title, text: f.sentence }
}

function noteContext(row: NoteRow): Pick<DoctorNote, 'kind' | 'context'> {
  switch (row.source) {
    case 'checkin':
      return row.detail === 'other'
        ? { kind: 'flare_up', context: SLOT_LABELS.other }
        : { kind: 'checkin', context: `${SLOT_LABELS[row.detail as Slot]} check-in` }
    case 'episode':
      return {
        kind: 'episode',
        context: `Episode: ${REGION_LABELS[row.detail as Region]}${row.side ? `, ${SIDE_LABELS[row.side].toLowerCase()}` : ''}`,
      }
    case 'treatment':
      return {
        kind: 'treatment',
        context: `Treatment: ${TREATMENT_KIND_LABELS[row.detail as TreatmentKind]}`,
      }
  }
}

/**
 * The doctor's summary of a period as asked; `today` ends ongoing episodes
 * (docs/clinical-rules.md#the-doctors-summary).
 */
export function getReport(db: DB, range: DateRange, today: string, weekStart: WeekDay = 1): Report {
  const params = reportQueryParams(db, range, today)
  const s = stmts(db)
  const first = firstRecordedDay(db)
  const slots = s.slots.all(params)
  const morning = slots.find((r) => r.slot === 'morning')
  const evening = slots.find((r) => r.slot === 'evening')
  const c = s.checkins.get(params)
  const asOf = range.to < today ? range.to : today
  const episodeRows = s.episodeRows
    .all(params)
    .map((e) => ({ ...e, days: episodeDays(e.startedOn, e.endedOn, today) }))
  const days = episodeRows.map((e) => e.days)
  const findings = periodFindings(db, range, episodeRows, asOf)
  const flagsOf = (id: number): EpisodeFlagCode[] =>
    findings
      .filter((f) => f.source.kind === 'episode' && f.source.id === id)
      .map((f) => f.code as EpisodeFlagCode)
  const pegRows = s.peg.all(params).map((r) => ({ ...r, score: pegScore(r) }))
  const firstPeg = pegRows[0]
  const latestPeg = pegRows[pegRows.length - 1]
  return {
    period: {
      from: range.from,
      to: range.to,
      days: differenceInCalendarDays(fromIsoDate(range.to), fromIsoDate(range.from)) + 1,
      firstEntryOn: first !== undefined && first > range.from ? first : null,
    },
    redFlags: findings.map(toRedFlag),
    checkins: { count: c?.count ?? 0, daysWithEntries: c?.daysWithEntries ?? 0 },
    episodes: {
      count: episodeRows.length,
      medianDays: median(days),
      longestDays: days.length > 0 ? Math.max(...days) : null,
      rows: episodeRows.slice(0, REPORT_EPISODE_ROWS).map((e) => ({
        startedOn: e.startedOn,
        endedOn: e.endedOn,
        days: e.days,
        region: e.region,
        side: e.side,
        trigger: e.trigger,
        triggerNote: e.triggerNote,
        peakPain: e.peakPain,
        flags: flagsOf(e.id),
      })),
      more: Math.max(0, episodeRows.length - REPORT_EPISODE_ROWS),
    },
    pain: { morning: slotStats(morning, 'pain'), evening: slotStats(evening, 'pain') },
    stiffness: { morning: slotStats(morning, 'stiff'), evening: slotStats(evening, 'stiff') },
    spasms: {
      daysWithSpasms: c?.daysWithSpasms ?? 0,
      meanFrequency: c?.meanFrequency ?? null,
      worstFrequency: c?.worstFrequency ?? null,
    },
    morningStiffnessMinutes: {
      mean: c?.meanMinutes ?? null,
      longMornings: c?.longMornings ?? 0,
    },
    sleepInterruptions: c?.sleepInterruptions ?? 0,
    treatments: s.treatments.all(params).map((t) => ({
      kind: t.kind,
      timesUsed: t.timesUsed,
      rated: t.rated,
      effect: treatmentEvidence(t.rated, t.meanChange, t.shareMeaningfulDrop),
    })),
    medications: s.medications.all(params),
    weekly: s.weekly.all({ ...params, weekStart }),
    doctorNotes: s.notes
      .all(params)
      .reverse()
      .map((row) => ({ date: row.date, ...noteContext(row), text: row.text })),
    moreDoctorNotes: Math.max(0, (s.noteCount.get(params)?.n ?? 0) - REPORT_NOTE_ROWS),
    peg:
      firstPeg && latestPeg
        ? {
            count: pegRows.length,
            first: firstPeg,
            latest: latestPeg,
            meanScore: pegRows.reduce((sum, r) => sum + r.score, 0) / pegRows.length,
          }
        : null,
  }
}

import type { DB } from '../db/database'
import { formatDay } from '../../shared/dates'
import type { DateRange } from '../../shared/domain/common'
import type { TreatmentKind } from '../../shared/domain/treatment'
import type { RedFlag, Report, SlotStats } from '../../shared/domain/report'
import { firstRecordedDay } from '../trends/trends.repo'
import { getSettings } from '../settings/settings.repo'
import {
  BACK_PAIN_MIN,
  HEALTH_HISTORY_QUESTIONS,
  healthHistoryFindings,
  symptomByCode,
  TIER_RANK,
  type PainRecord,
} from '../../shared/clinical/symptoms'
import { preparedPerConnection } from '../db/statements'
import { LONG_MORNING_STIFFNESS_MINUTES } from '../../shared/scales'

/** `longMorning`: DESIGN §3.1's morning stiffness worth telling a doctor about, in minutes. */
type Params = { from: string; to: string; today: string; longMorning: number }

/** Per slot: mean, worst and the first-half vs second-half means of pain and stiffness. */
export const REPORT_SLOTS_SQL = `
  WITH bounds AS (
    SELECT date(:from, '+' || CAST((julianday(:to) - julianday(:from) + 1) / 2 AS INTEGER)
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
    count(CASE WHEN c.slot = 'morning' AND c.stiffness_minutes >= :longMorning THEN 1 END)
      AS mornings30Plus,
    count(DISTINCT CASE WHEN c.sleep_interrupted = 1 THEN c.date END) AS sleepInterruptions
  FROM checkins c
  WHERE c.date BETWEEN :from AND :to`

/**
 * Episodes overlapping the period. `days` is the whole duration (DESIGN §3.2: inclusive, to
 * today when ongoing); `daysByEnd` the duration reached by the end of the period, which decides
 * the duration flags and the day each threshold was crossed.
 */
const EPISODES_CTE = `
  WITH spans AS (
    SELECT e.id, e.region, e.side, e.started_on AS startedOn, e.ended_on AS endedOn,
      CAST(julianday(coalesce(e.ended_on, :today)) - julianday(e.started_on) + 1 AS INTEGER)
        AS days,
      CAST(julianday(min(coalesce(e.ended_on, :today), :to)) - julianday(e.started_on) + 1
        AS INTEGER) AS daysByEnd
    FROM episodes e
    WHERE e.started_on <= :to AND coalesce(e.ended_on, :today) >= :from
  )`

export const REPORT_EPISODES_SQL = `${EPISODES_CTE},
  ranked AS (SELECT days, row_number() OVER (ORDER BY days) AS rn, count(*) OVER () AS n FROM spans)
  SELECT (SELECT count(*) FROM spans) AS count,
    (SELECT max(days) FROM spans) AS longestDays,
    (SELECT avg(days) FROM ranked WHERE rn IN ((n + 1) / 2, (n + 2) / 2)) AS medianDays`

export const REPORT_ONGOING_SQL = `${EPISODES_CTE}
  SELECT startedOn, region, side, days FROM spans
  WHERE endedOn IS NULL AND days >= 14 ORDER BY startedOn`

/** DESIGN §3.2 duration flags: the strongest one reached by the end of the period. */
export const REPORT_DURATION_FLAGS_SQL = `${EPISODES_CTE}
  SELECT startedOn, endedOn, region, side, daysByEnd AS days,
    CASE WHEN daysByEnd >= 28 THEN 28 ELSE 14 END AS threshold,
    date(startedOn, '+' || (CASE WHEN daysByEnd >= 28 THEN 27 ELSE 13 END) || ' days') AS date
  FROM spans
  WHERE daysByEnd >= 14
  ORDER BY date`

/** DESIGN §3.3 warning signs ticked on check-ins of the period, one row per sign. */
export const REPORT_WARNING_SIGNS_SQL = `
  SELECT s.code, count(DISTINCT c.date) AS days, max(c.date) AS lastDate
  FROM checkins c JOIN checkin_symptoms s ON s.checkin_id = c.id
  WHERE c.date BETWEEN :from AND :to
  GROUP BY s.code`

/** The latest check-in of the period showing back pain, for the health-history rule. */
export const REPORT_LATEST_PAIN_SQL = `
  SELECT c.id AS checkinId, c.date, c.pain FROM checkins c
  WHERE c.date BETWEEN :from AND :to AND c.pain >= ${BACK_PAIN_MIN}
  ORDER BY c.date DESC, c.recorded_at DESC, c.id DESC
  LIMIT 1`

export const REPORT_TREATMENTS_SQL = `
  SELECT t.kind, count(*) AS timesUsed,
    avg(t.pain_before - t.pain_after) AS meanChange,
    count(t.pain_before - t.pain_after) AS rated
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

/** Weekly means (weeks start on Monday) for the report's small chart. */
export const REPORT_WEEKLY_SQL = `
  SELECT date(c.date, '-' || ((CAST(strftime('%w', c.date) AS INTEGER) + 6) % 7) || ' days')
      AS week,
    avg(CASE WHEN c.slot = 'morning' THEN c.pain END) AS morningPain,
    avg(CASE WHEN c.slot = 'evening' THEN c.pain END) AS eveningPain,
    avg(CASE WHEN c.slot = 'morning' THEN c.stiffness END) AS morningStiffness,
    avg(CASE WHEN c.slot = 'evening' THEN c.stiffness END) AS eveningStiffness
  FROM checkins c
  WHERE c.date BETWEEN :from AND :to
  GROUP BY 1
  ORDER BY 1`

/** Every query one report runs, for the benchmark's raw-SQLite baseline and plan checks. */
export const REPORT_SQL = [
  REPORT_SLOTS_SQL,
  REPORT_CHECKINS_SQL,
  REPORT_EPISODES_SQL,
  REPORT_ONGOING_SQL,
  REPORT_DURATION_FLAGS_SQL,
  REPORT_WARNING_SIGNS_SQL,
  REPORT_LATEST_PAIN_SQL,
  REPORT_TREATMENTS_SQL,
  REPORT_MEDICATIONS_SQL,
  REPORT_WEEKLY_SQL,
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
  mornings30Plus: number
  sleepInterruptions: number
}

interface FlagRow {
  startedOn: string
  endedOn: string | null
  region: string
  side: string
  days: number
  threshold: 14 | 28
  date: string
}

function statements(db: DB) {
  const p = <R>(sql: string) => db.prepare<Params, R>(sql)
  return {
    slots: p<SlotRow>(REPORT_SLOTS_SQL),
    checkins: p<CheckinsRow>(REPORT_CHECKINS_SQL),
    episodes: p<{ count: number; longestDays: number | null; medianDays: number | null }>(
      REPORT_EPISODES_SQL,
    ),
    ongoing: p<{ startedOn: string; region: string; side: string; days: number }>(
      REPORT_ONGOING_SQL,
    ),
    flags: p<FlagRow>(REPORT_DURATION_FLAGS_SQL),
    warningSigns: p<{ code: string; days: number; lastDate: string }>(REPORT_WARNING_SIGNS_SQL),
    latestPain: p<PainRecord>(REPORT_LATEST_PAIN_SQL),
    treatments: p<{
      kind: TreatmentKind
      timesUsed: number
      meanChange: number | null
      rated: number
    }>(REPORT_TREATMENTS_SQL),
    medications: p<{ detail: string; timesUsed: number; daysUsed: number }>(REPORT_MEDICATIONS_SQL),
    weekly: p<Report['weekly'][number]>(REPORT_WEEKLY_SQL),
  }
}

const stmts = preparedPerConnection(statements)

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

const REGION_LABEL: Record<string, string> = { lower: 'lower', mid: 'mid', upper: 'upper' }

function durationFlag(row: FlagRow): RedFlag {
  const where = `${REGION_LABEL[row.region] ?? row.region} back (${row.side})`
  const what =
    row.threshold === 28
      ? 'longer than four weeks'
      : 'longer than two weeks — see a clinician about an underlying cause'
  const span =
    row.endedOn === null
      ? `since ${formatDay(row.startedOn)}, ${row.days} days by the end of the period (ongoing)`
      : `${formatDay(row.startedOn)} – ${formatDay(row.endedOn)}, ${row.days} days`
  return {
    tier: row.threshold === 28 ? 'urgent' : 'soon',
    text: `Episode ${what}: ${where}, ${span}.`,
    date: row.date,
  }
}

function warningSignFlag(row: { code: string; days: number; lastDate: string }): RedFlag[] {
  const symptom = symptomByCode(row.code)
  if (!symptom) return [] // a code this version does not know cannot be explained to a doctor
  // The flag's date is the last day it was ticked; the text says how often.
  const when = row.days === 1 ? 'on 1 day' : `on ${row.days} days, last on this date`
  return [
    {
      tier: symptom.tier,
      text: `Warning sign: ${symptom.label} — ticked ${when}.`,
      date: row.lastDate,
    },
  ]
}

function healthHistoryFlags(db: DB, latestPain: PainRecord | undefined): RedFlag[] {
  return healthHistoryFindings(getSettings(db).healthHistory, latestPain ?? null).map((f) => {
    const answer = HEALTH_HISTORY_QUESTIONS.find((q) => q.key === f.key)?.answerPhrase ?? f.key
    return {
      tier: f.tier,
      text: `Back pain while ${answer} (health history; pain ${f.pain.pain}/10 on ${formatDay(f.pain.date)}).`,
      date: f.pain.date,
    }
  })
}

/** Strongest tier first, then newest. */
function byTierThenDate(a: RedFlag, b: RedFlag): number {
  return TIER_RANK[a.tier] - TIER_RANK[b.tier] || b.date.localeCompare(a.date)
}

/** The doctor's summary of a period. `today` ends ongoing episodes (DESIGN §3.2). */
export function getReport(db: DB, requested: DateRange, today: string): Report {
  const first = firstRecordedDay(db)
  const from = first && first > requested.from && first <= requested.to ? first : requested.from
  const params: Params = {
    from,
    to: requested.to,
    today,
    longMorning: LONG_MORNING_STIFFNESS_MINUTES,
  }
  const s = stmts(db)
  const slots = s.slots.all(params)
  const morning = slots.find((r) => r.slot === 'morning')
  const evening = slots.find((r) => r.slot === 'evening')
  const c = s.checkins.get(params)
  const ep = s.episodes.get(params)
  const days =
    Math.round(
      (Date.parse(`${params.to}T00:00:00Z`) - Date.parse(`${params.from}T00:00:00Z`)) / 86_400_000,
    ) + 1
  return {
    period: { from: params.from, to: params.to, days },
    redFlags: [
      ...s.warningSigns.all(params).flatMap(warningSignFlag),
      ...healthHistoryFlags(db, s.latestPain.get(params)),
      ...s.flags.all(params).map(durationFlag),
    ].sort(byTierThenDate),
    checkins: { count: c?.count ?? 0, daysWithEntries: c?.daysWithEntries ?? 0 },
    episodes: {
      count: ep?.count ?? 0,
      medianDays: ep?.medianDays ?? null,
      longestDays: ep?.longestDays ?? null,
      ongoingPast14: s.ongoing.all(params),
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
      mornings30Plus: c?.mornings30Plus ?? 0,
    },
    sleepInterruptions: c?.sleepInterruptions ?? 0,
    treatments: s.treatments.all(params),
    medications: s.medications.all(params),
    weekly: s.weekly.all(params),
  }
}

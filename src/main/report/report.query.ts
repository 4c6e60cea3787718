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
import { compareFindings, type Finding } from '../../shared/clinical/findings'
import { healthHistoryFindings, yesAnswers } from '../../shared/clinical/health-history-rule'
import { warningSignFindings } from '../../shared/clinical/warning-sign-rule'
import { treatmentGroups, type SessionSums } from '../../shared/clinical/treatment-evidence'
import { pegScore } from '../../shared/clinical/peg'
import { courseByRegion, median } from '../../shared/clinical/course'
import { HEALTH_HISTORY_QUESTIONS, type HealthHistory } from '../../shared/clinical/symptoms'
import {
  isMeaningfulPainChange,
  isMeaningfulPegChange,
} from '../../shared/clinical/meaningful-change'
import { episodeDays, type EpisodeFlagCode } from '../../shared/clinical/episode-flags'
import type { WeekDay } from '../../shared/units'
import { firstRecordedDay } from '../trends/first-recorded-day'
import { getSettings } from '../settings/settings.repo'
import { preparedPerConnection } from '../db/statements'
import { experimentsOverIn, testedExperiment } from '../experiments/tested-experiments.query'
import { episodeFindingsOf, painCheckins, symptomTicks } from '../clinical/rule-rows.query'
import {
  REPORT_CHECKINS_SQL,
  REPORT_EPISODE_ROWS,
  REPORT_EPISODE_ROWS_SQL,
  REPORT_MEDICATIONS_SQL,
  REPORT_NOTE_ROWS,
  REPORT_NOTES_SQL,
  REPORT_PEG_SQL,
  REPORT_SLOTS_SQL,
  REPORT_TREATMENTS_SQL,
  REPORT_WEEKLY_SQL,
  reportQueryParams,
  type Params,
} from './report.sql'

export { REPORT_EPISODE_ROWS } from './report.sql'

interface SlotRow {
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

/** Both slots' columns in one row, each prefixed with its slot (`morningPainMean`…). */
type SlotsRow = {
  [K in keyof SlotRow as `${'morning' | 'evening'}${Capitalize<K>}`]: SlotRow[K]
}

/** One slot's figures from the row, none when the period has no entry in it. */
function slotRow(row: SlotsRow | undefined, slot: 'morning' | 'evening'): SlotRow | undefined {
  if (!row || row[`${slot}Entries`] === 0) return undefined
  return {
    entries: row[`${slot}Entries`],
    painMean: row[`${slot}PainMean`],
    painWorst: row[`${slot}PainWorst`],
    painFirst: row[`${slot}PainFirst`],
    painSecond: row[`${slot}PainSecond`],
    stiffMean: row[`${slot}StiffMean`],
    stiffWorst: row[`${slot}StiffWorst`],
    stiffFirst: row[`${slot}StiffFirst`],
    stiffSecond: row[`${slot}StiffSecond`],
  }
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
  /** How many notes the period holds, on every row. */
  total: number
  date: string
  source: 'checkin' | 'episode' | 'treatment'
  detail: string
  side: Side | null
  text: string
}

function statements(db: DB) {
  const p = <R>(sql: string) => db.prepare<Params, R>(sql)
  return {
    slots: p<SlotsRow>(REPORT_SLOTS_SQL),
    checkins: p<CheckinsRow>(REPORT_CHECKINS_SQL),
    episodeRows: p<EpisodeRow>(REPORT_EPISODE_ROWS_SQL),
    treatments: p<SessionSums>(REPORT_TREATMENTS_SQL),
    medications: p<{ detail: string; timesUsed: number; daysUsed: number }>(REPORT_MEDICATIONS_SQL),
    weekly: db.prepare<Params & { weekStart: WeekDay }, Report['weekly'][number]>(
      REPORT_WEEKLY_SQL,
    ),
    notes: p<NoteRow>(REPORT_NOTES_SQL),
    peg: p<{ date: string; pain: number; enjoyment: number; activity: number }>(REPORT_PEG_SQL),
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
    meaningful: first !== null && second !== null ? isMeaningfulPainChange(first, second) : null,
  }
}

/**
 * The red flags of a period, from the same rules and row queries as the alerts: warning signs
 * ticked in the period and health-history answers with back pain in the period. Course flags
 * are not red flags: they go to the Course section.
 */
function redFlagFindings(db: DB, period: DateRange, history: HealthHistory): Finding[] {
  return [
    ...warningSignFindings(symptomTicks(db, period), () => period),
    // Without a "yes" the rule raises nothing: a long period's pain rows are not read for it.
    ...(yesAnswers(history).length > 0
      ? healthHistoryFindings(history, painCheckins(db, period), period)
      : []),
  ].sort(compareFindings)
}

function toRedFlag(f: Finding): RedFlag {
  const rule = f.rule === 'health_history' ? 'health_history' : 'warning_sign'
  return { rule, tier: f.tier, date: f.date, title: f.title, text: f.sentence }
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
 * The doctor's summary of a period as asked; `today` ends ongoing episodes. `first`: the diary's
 * first recorded day, when the caller has read it.
 */
export function getReport(
  db: DB,
  range: DateRange,
  today: string,
  weekStart: WeekDay = 1,
  first = firstRecordedDay(db),
): Report {
  const params = reportQueryParams(db, range, today, first)
  const s = stmts(db)
  const slots = s.slots.get(params)
  const morning = slotRow(slots, 'morning')
  const evening = slotRow(slots, 'evening')
  const c = s.checkins.get(params)
  const asOf = range.to < today ? range.to : today
  const episodeRows = s.episodeRows
    .all(params)
    .map((e) => ({ ...e, days: episodeDays(e.startedOn, e.endedOn, today) }))
  const days = episodeRows.map((e) => e.days)
  // The episodes' flags, judged at the end of the period (or today, if sooner).
  const courseFindings = episodeFindingsOf(db, episodeRows, asOf).sort(compareFindings)
  const flagsOf = (id: number): EpisodeFlagCode[] =>
    courseFindings
      .filter((f) => f.source.kind === 'episode' && f.source.id === id)
      .map((f) => f.code as EpisodeFlagCode)
  const pegRows = s.peg.all(params).map((r) => ({ ...r, score: pegScore(r) }))
  const firstPeg = pegRows[0]
  const latestPeg = pegRows[pegRows.length - 1]
  const periodDays = differenceInCalendarDays(fromIsoDate(range.to), fromIsoDate(range.from)) + 1
  // An episode still ongoing at the end of the period reads as ongoing in the Course section.
  const courseEpisodes = episodeRows.map((e) => ({
    ...e,
    endedOn: e.endedOn !== null && e.endedOn <= asOf ? e.endedOn : null,
  }))
  const { healthHistory } = getSettings(db)
  const notes = s.notes.all(params)
  return {
    period: {
      from: range.from,
      to: range.to,
      days: periodDays,
      firstEntryOn: first !== undefined && first > range.from ? first : null,
    },
    redFlags: redFlagFindings(db, range, healthHistory).map(toRedFlag),
    course: courseByRegion(courseEpisodes, courseFindings, periodDays),
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
    treatments: treatmentGroups(s.treatments.all(params)).map((t) => ({
      kind: t.kind,
      name: t.name,
      timesUsed: t.sessions,
      rated: t.rated,
      effect: t.effect,
    })),
    healthHistory: HEALTH_HISTORY_QUESTIONS.map((q) => ({
      question: q.question,
      answer: healthHistory[q.key],
    })),
    medications: s.medications.all(params),
    weekly: s.weekly.all({ ...params, weekStart }),
    doctorNotes: notes
      .reverse()
      .map((row) => ({ date: row.date, ...noteContext(row), text: row.text })),
    moreDoctorNotes: Math.max(0, (notes[0]?.total ?? 0) - REPORT_NOTE_ROWS),
    tested: experimentsOverIn(db, range, fromIsoDate(today)).map(testedExperiment),
    peg:
      firstPeg && latestPeg
        ? {
            count: pegRows.length,
            first: firstPeg,
            latest: latestPeg,
            meanScore: pegRows.reduce((sum, r) => sum + r.score, 0) / pegRows.length,
            meaningfulChange:
              pegRows.length > 1 ? isMeaningfulPegChange(firstPeg.score, latestPeg.score) : null,
          }
        : null,
  }
}

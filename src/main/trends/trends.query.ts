import type { DB } from '../db/database'
import type {
  TrendDay,
  TrendEpisode,
  Trends,
  TrendsRequest,
  TrendTreatment,
} from '../../shared/domain/trends'
import { preparedPerConnection } from '../db/statements'
import type { TreatmentKind } from '../../shared/domain/treatment'
import { NO_CHANGE_WITHIN } from '../../shared/clinical/thresholds'
import { firstRecordedDay } from './first-recorded-day'
import {
  bucketDays,
  TREND_DAYS_SQL,
  TREND_EPISODES_SQL,
  TREND_SUMMARY_SQL,
  TREND_TREATMENTS_SQL,
  TREND_WEEK_TREATMENTS_SQL,
  TREND_WEEKS_SQL,
} from './trends.sql'

type Range = { from: string; to: string }
type Sized = Range & { size: number }

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

/** One week's sessions: a JSON object from kind to count, in kind order. */
interface WeekTreatmentsRow {
  date: string
  counts: string
}

/** A row per week and kind, as the daily series gives them per day. */
function fromWeekTreatmentRows(rows: readonly WeekTreatmentsRow[]): TrendTreatment[] {
  return rows.flatMap(({ date, counts }) =>
    Object.entries(JSON.parse(counts) as Record<TreatmentKind, number>).map(([kind, count]) => ({
      date,
      kind: kind as TreatmentKind,
      count,
    })),
  )
}

interface EpisodeRow extends Omit<TrendEpisode, 'ongoing'> {
  ongoing: 0 | 1
}

function statements(db: DB) {
  return {
    days: db.prepare<Range, TrendDay>(TREND_DAYS_SQL),
    weeks: db.prepare<Sized, WeekRow>(TREND_WEEKS_SQL),
    episodes: db.prepare<Sized & { weekly: 0 | 1 }, EpisodeRow>(TREND_EPISODES_SQL),
    treatments: db.prepare<Range, TrendTreatment>(TREND_TREATMENTS_SQL),
    weekTreatments: db.prepare<Sized, WeekTreatmentsRow>(TREND_WEEK_TREATMENTS_SQL),
    summary: db.prepare<Range, SummaryRow>(TREND_SUMMARY_SQL),
  }
}

const stmts = preparedPerConnection(statements)

function worse(difference: number | null): 'morning' | 'evening' | 'same' | null {
  if (difference === null) return null
  if (Math.abs(difference) < NO_CHANGE_WITHIN) return 'same'
  return difference > 0 ? 'morning' : 'evening'
}

/**
 * Everything the Trends page draws. A range that starts before the first entry (the "All"
 * button asks from 1900) is moved up to it, so the series never walks empty decades. With
 * `maxPoints`, the buckets are as coarse as the chart's width needs (`bucketDays`).
 */
export function getTrends(db: DB, requested: TrendsRequest): Trends {
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
  const size = bucketDays(length, requested.maxPoints)
  const weekly = size > 1
  const sized = { ...range, size }
  const { days, sum } = weekly
    ? fromWeekRows(s.weeks.all(sized))
    : { days: s.days.all(range), sum: s.summary.get(range) }
  const episodes = s.episodes
    .all({ ...sized, weekly: weekly ? 1 : 0 })
    .map((e) => ({ ...e, ongoing: e.ongoing === 1 }))
  const treatments = weekly
    ? fromWeekTreatmentRows(s.weekTreatments.all(sized))
    : s.treatments.all(range)
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

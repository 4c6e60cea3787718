import type { DB } from '../db/database'
import { firstRecordedDay } from '../trends/first-recorded-day'
import type { DateRange } from '../../shared/domain/common'
import type { InsightLine, Insights } from '../../shared/domain/insights'
import { FACTOR_CODES, ONSET_WINDOW_HOURS } from '../../shared/clinical/factors'
import {
  EARLY_PHASE_LAST_DAY,
  EARLY_SIGN_DAYS,
  FIRST_HOURS,
  SETTLING_PHASE_LAST_DAY,
} from '../../shared/clinical/insights'
import { MEANINGFUL_DROP_PARAMS } from '../clinical/meaningful-drop'
import { factorSentences, factorTests, strongestLines } from '../../shared/clinical/insight-lines'
import { INSIGHT_FACTORS_SQL, factorCounts } from './factors.query'
import {
  INSIGHT_GAPS_SQL,
  INSIGHT_RECOVERY_DAYS_SQL,
  INSIGHT_RECOVERY_SQL,
  recoveryInsight,
} from './recovery.query'
import {
  INSIGHT_HEAT_ICE_SQL,
  INSIGHT_PHASES_SQL,
  heatVsIceInsight,
  phasesInsight,
  readsInKindOrder,
} from './treatments.query'
import { INSIGHT_EARLY_SIGNS_SQL, earlySignsInsight } from './early-signs.query'

/*
 * Everything the Insights page shows, one module per section (SQL and row mapping), aggregated
 * in SQL over the range's onsets (episodes that started in it) and days. Thresholds arrive as
 * bound parameters from src/shared/clinical; the rules are pure functions there.
 */

/** Every statement of insights:get, for the benchmark's raw-SQLite comparison. */
export const INSIGHTS_SQL = [
  INSIGHT_FACTORS_SQL,
  INSIGHT_RECOVERY_SQL,
  INSIGHT_RECOVERY_DAYS_SQL,
  INSIGHT_GAPS_SQL,
  INSIGHT_PHASES_SQL,
  INSIGHT_HEAT_ICE_SQL,
  INSIGHT_EARLY_SIGNS_SQL,
]

/**
 * Every bound parameter those statements take but the range, for running them raw over
 * `range` in a diary whose first recorded day is `first`.
 */
export function insightsQueryParams(today: string, range: DateRange, first: string | undefined) {
  return {
    today,
    kindOrder: readsInKindOrder(recordedRange(range, first), first) ? 1 : 0,
    codes: JSON.stringify(FACTOR_CODES),
    onsetWindowHours: ONSET_WINDOW_HOURS,
    ...MEANINGFUL_DROP_PARAMS,
    earlyLastDay: EARLY_PHASE_LAST_DAY,
    settlingLastDay: SETTLING_PHASE_LAST_DAY,
    firstHours: FIRST_HOURS,
    earlySignDays: EARLY_SIGN_DAYS,
  }
}

/** A range that starts before the first entry (the "All" button asks from 1900) is moved up. */
function recordedRange(requested: DateRange, first: string | undefined): DateRange {
  return {
    from: first && first > requested.from && first <= requested.to ? first : requested.from,
    to: requested.to,
  }
}

/** Insights over a range of dates (onsets that started in it, days in it), judged on `today`. */
export function getInsights(db: DB, requested: DateRange, today: string): Insights {
  const first = firstRecordedDay(db)
  const range = recordedRange(requested, first)
  const counts = factorCounts(db, range)
  // Fisher's tests of the factors, once for the page's sentences and the strongest line.
  const tests = factorTests(counts)
  const insights = {
    ...range,
    factors: { ...counts, sentences: factorSentences(counts, tests) },
    recovery: recoveryInsight(db, range, today),
    phases: phasesInsight(db, range, first),
    heatVsIce: heatVsIceInsight(db, range),
    earlySigns: earlySignsInsight(db, range),
  }
  return { ...insights, strongest: strongestLines(insights, tests) }
}

/** The statements behind the strongest lines: the sections that can pass a test. */
export const STRONGEST_LINES_SQL = [INSIGHT_FACTORS_SQL, INSIGHT_PHASES_SQL, INSIGHT_HEAT_ICE_SQL]

/**
 * `getInsights(…).strongest` for the doctor's summary, from the only sections a line can come
 * from (factors, what helps when, heat vs ice): the summary does not read the rest. `first`:
 * the diary's first recorded day, when the caller has read it.
 */
export function strongestInsightLines(
  db: DB,
  requested: DateRange,
  first = firstRecordedDay(db),
): InsightLine[] {
  const range = recordedRange(requested, first)
  return strongestLines({
    factors: factorCounts(db, range),
    phases: phasesInsight(db, range, first),
    heatVsIce: heatVsIceInsight(db, range),
  })
}

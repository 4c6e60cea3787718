import type { RecoveryEpisode, RecoveryHalf, RecoveryTrend } from '../domain/insights'
import { median } from './course'
import {
  RECOVERED_DAYS_IN_A_ROW,
  RECOVERED_PAIN_MAX,
  RECOVERY_TREND_MIN_PER_HALF,
  recoveryDirection,
} from './insights'

/*
 * Recovery on the Insights page (docs/clinical-rules.md#insights). A single low day is often a
 * lull, so an episode has recovered on the first of two calendar days in a row whose mean pain
 * is at or under the threshold; a day without check-ins breaks the run.
 */

type Curve = RecoveryEpisode['curve']

/** The day of the episode it recovered on, or null when no run of good days is in the curve. */
export function recoveryDay(curve: Curve): number | null {
  let runStart: number | null = null
  let previous: number | null = null
  for (const { day, pain } of curve) {
    const good = pain <= RECOVERED_PAIN_MAX
    if (!good) runStart = null
    else if (runStart === null || previous !== day - 1) runStart = day
    previous = day
    if (runStart !== null && day - runStart + 1 >= RECOVERED_DAYS_IN_A_ROW) return runStart
  }
  return null
}

/**
 * Days to recovery: the recovery day, else (no run of good days) the episode's length once it
 * has ended; an ongoing episode without one has no time to recovery yet.
 */
export function recoveryOf(
  curve: Curve,
  days: number,
  ended: boolean,
): Pick<RecoveryEpisode, 'daysToRecovery' | 'recoveredBy'> {
  const day = recoveryDay(curve)
  if (day !== null) return { daysToRecovery: day, recoveredBy: 'pain' }
  return ended
    ? { daysToRecovery: days, recoveredBy: 'end' }
    : { daysToRecovery: null, recoveredBy: null }
}

function halfOf(days: readonly number[]): RecoveryHalf {
  return {
    episodes: days.length,
    medianDays: median(days) ?? 0,
    shortestDays: Math.min(...days),
    longestDays: Math.max(...days),
  }
}

/**
 * Recent against earlier: the episodes with a known time to recovery in start order (as given),
 * the first ⌊n/2⌋ against the last ⌊n/2⌋ (the middle one of an odd count sits out), by their
 * medians, once each half has the minimum.
 */
export function recoveryTrend(
  episodes: readonly Pick<RecoveryEpisode, 'daysToRecovery'>[],
): RecoveryTrend {
  const known = episodes.flatMap((e) => (e.daysToRecovery === null ? [] : [e.daysToRecovery]))
  const half = Math.floor(known.length / 2)
  if (half < RECOVERY_TREND_MIN_PER_HALF) {
    return {
      status: 'not_enough_data',
      episodes: known.length,
      minimumPerHalf: RECOVERY_TREND_MIN_PER_HALF,
    }
  }
  const earlier = halfOf(known.slice(0, half))
  const recent = halfOf(known.slice(known.length - half))
  return {
    status: 'enough_data',
    earlier,
    recent,
    direction: recoveryDirection(earlier.medianDays, recent.medianDays),
  }
}

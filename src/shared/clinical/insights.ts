import type {
  EarlySign,
  EarlySigns,
  Effect,
  FactorCount,
  FactorCounts,
  Gap,
  HeatVsIce,
  PhaseEffect,
  RecoveryHalf,
  RecoveryTrend,
} from '../domain/insights'
import { REGION_LABELS } from '../domain/episode'
import { TREATMENT_KIND_LABELS } from '../domain/treatment'
import { countOf, plural } from '../format'
import { MEANINGFUL_CHANGE, MEANINGFUL_PAIN_FRACTION, MIN_RATED_SESSIONS } from './thresholds'
import type { EarlySignCode, EpisodePhase } from './insight-codes'

export { EPISODE_PHASES, type EpisodePhase } from './insight-codes'

/*
 * The Insights page's rules (issue 13). Every threshold lives here once and reaches SQL as a
 * bound parameter; the wording says "was present before" and "was followed by", never "causes":
 * a diary can show what tends to come together, not why.
 */

/**
 * Answered onsets needed before factors are compared (ranked, Fisher-tested with Holm's
 * correction) on the page, the report and the summary alike, and before early signs show.
 */
export const MIN_ONSETS = 5
/** Early signs look at this many days before each onset. */
export const EARLY_SIGN_DAYS = 3
/** Heat against ice: sessions in this many hours from the start of the episode's first day. */
export const FIRST_HOURS = 72
/** A day whose mean pain is at or under this is a good day. */
export const RECOVERED_PAIN_MAX = 2
/** An episode has recovered on the first of this many good days in a row (calendar days). */
export const RECOVERED_DAYS_IN_A_ROW = 2
/** Recent against earlier episodes: each half needs this many with a known recovery day. */
export const RECOVERY_TREND_MIN_PER_HALF = 5
/** Shares of meaningful drops are compared (Fisher) only with this many rated sessions a group. */
export const MIN_COMPARED_SESSIONS = 5
/** Medians closer than this many days read as "about as fast". */
export const RECOVERY_SAME_WITHIN_DAYS = 1
/** Lines the doctor's report takes from this page. */
export const STRONGEST_LINE_COUNT = 3

/** Last day of the early phase and of the settling phase; later runs from the day after. */
export const EARLY_PHASE_LAST_DAY = 2
export const SETTLING_PHASE_LAST_DAY = 7

export const PHASE_LABELS: Record<EpisodePhase, string> = {
  early: `Days 1–${EARLY_PHASE_LAST_DAY}`,
  settling: `Days ${EARLY_PHASE_LAST_DAY + 1}–${SETTLING_PHASE_LAST_DAY}`,
  later: `Day ${SETTLING_PHASE_LAST_DAY + 1} and later`,
  outside: 'Outside an episode',
}
export const PHASE_IN_SENTENCE: Record<EpisodePhase, string> = {
  early: `on days 1–${EARLY_PHASE_LAST_DAY}`,
  settling: `on days ${EARLY_PHASE_LAST_DAY + 1}–${SETTLING_PHASE_LAST_DAY}`,
  later: `from day ${SETTLING_PHASE_LAST_DAY + 1} on`,
  outside: 'outside an episode',
}

export const EARLY_SIGN_LABELS: Record<EarlySignCode, string> = {
  stiffness_minutes: 'Morning stiffness (minutes)',
  sleep_interrupted: 'Interrupted sleep (share of days)',
  morning_pain: 'Morning pain (0–10)',
}

const oneDecimal = (v: number) => (Math.round(v * 10) / 10).toFixed(1)
export const share = (k: number, n: number) => (n === 0 ? 0 : k / n)
/** "a meaningful drop (2 points or 30 %)", as every sentence names it. */
export const MEANINGFUL_DROP_WORDS = `a meaningful drop (${MEANINGFUL_CHANGE} points or ${Math.round(MEANINGFUL_PAIN_FRACTION * 100)} %)`

/** "Enough data" exactly as the Treatments page decides it. */
export function effectOf(
  ratedSessions: number,
  meanChange: number | null,
  meaningfulDrops: number,
): Effect {
  return ratedSessions < MIN_RATED_SESSIONS || meanChange === null
    ? { status: 'not_enough_data', minimumRated: MIN_RATED_SESSIONS }
    : { status: 'enough_data', meanChange, meaningfulDrops }
}

/** Share before onsets minus share on ordinary days; 0 without days to compare with. */
export function factorDifference(row: FactorCount, f: FactorCounts): number {
  if (f.ordinaryDaysWithData === 0) return 0
  return (
    share(row.beforeOnsets, f.onsetsWithData) - share(row.onOrdinaryDays, f.ordinaryDaysWithData)
  )
}

/**
 * Factor rows in the order the page shows them: with enough onsets, the largest difference
 * between "before a spasm" and "other days" first (then the most frequent before onsets);
 * below the minimum nothing is ranked, so the catalogue order stays.
 */
export function orderFactors(f: FactorCounts): FactorCount[] {
  if (!f.enoughData) return f.rows
  return [...f.rows].sort(
    (a, b) =>
      factorDifference(b, f) - factorDifference(a, f) || b.beforeOnsets - a.beforeOnsets || 0,
  )
}

/** Recent against earlier medians of days to recovery. */
export function recoveryDirection(
  earlierMedian: number,
  recentMedian: number,
): 'faster' | 'slower' | 'same' {
  if (Math.abs(recentMedian - earlierMedian) < RECOVERY_SAME_WITHIN_DAYS) return 'same'
  return recentMedian < earlierMedian ? 'faster' : 'slower'
}

function changeWords(meanChange: number): string {
  if (meanChange > 0) return `pain fell by ${oneDecimal(meanChange)} points on average`
  if (meanChange < 0) return `pain rose by ${oneDecimal(-meanChange)} points on average`
  return 'pain did not change on average'
}

export function phaseSentence(row: PhaseEffect): string {
  const what = `${TREATMENT_KIND_LABELS[row.kind]} ${PHASE_IN_SENTENCE[row.phase]}`
  if (row.effect.status === 'not_enough_data') {
    return `${what}: ${plural(row.ratedSessions, 'rated session')}; numbers show from ${row.effect.minimumRated}.`
  }
  return (
    `${what} was followed by ${MEANINGFUL_DROP_WORDS} in ` +
    `${countOf(row.effect.meaningfulDrops, row.ratedSessions, 'rated session')} ` +
    `(${changeWords(row.effect.meanChange)}).`
  )
}

export function heatVsIceSentence(h: HeatVsIce): string | null {
  if (h.heat.effect.status !== 'enough_data' || h.ice.effect.status !== 'enough_data') return null
  return (
    `In the first ${FIRST_HOURS} hours of ${plural(h.episodes, 'episode')} where you used both, ` +
    `heat was followed by ${MEANINGFUL_DROP_WORDS} in ` +
    `${countOf(h.heat.effect.meaningfulDrops, h.heat.ratedSessions, 'rated session')}, ` +
    `ice in ${countOf(h.ice.effect.meaningfulDrops, h.ice.ratedSessions, 'rated session')}.`
  )
}

const medianWithRange = (h: RecoveryHalf) =>
  `${plural(h.medianDays, 'day')} (range ${h.shortestDays}–${h.longestDays})`

/** Recent against earlier medians of days to recovery, each with its range. */
export function recoverySentence(trend: RecoveryTrend): string | null {
  if (trend.status !== 'enough_data') return null
  const { earlier, recent } = trend
  const figures =
    `a median of ${medianWithRange(recent)} to recovery over the last ` +
    `${plural(recent.episodes, 'episode')}, against ${medianWithRange(earlier)} over ` +
    `the ${plural(earlier.episodes, 'episode')} before them`
  if (trend.direction === 'same')
    return `Recent episodes eased about as fast as earlier ones: ${figures}.`
  return `Recent episodes eased ${trend.direction}: ${figures}.`
}

/** Gaps are measured from one episode's start to the next one's, and say so. */
export function gapSentence(gap: Gap): string | null {
  if (gap.medianDays === null) return null
  const where =
    gap.region === null
      ? 'A new episode'
      : `A new ${REGION_LABELS[gap.region].toLowerCase()} episode`
  return (
    `${where} started a median of ${plural(gap.medianDays, 'day')} after the one before, ` +
    `start to start (${plural(gap.gaps, 'gap')}).`
  )
}

export function earlySignSentence(sign: EarlySign, signs: EarlySigns): string | null {
  const { before, baseline } = sign
  if (before.value === null || baseline.value === null) return null
  const window = `in the ${EARLY_SIGN_DAYS} days before ${plural(signs.onsetsWithData, 'spasm')}`
  switch (sign.sign) {
    case 'stiffness_minutes':
      return (
        `Morning stiffness lasted ${Math.round(before.value)} minutes on average ${window} ` +
        `(${plural(before.n, 'morning')}); ${Math.round(baseline.value)} minutes on other days ` +
        `(${plural(baseline.n, 'morning')}).`
      )
    case 'morning_pain':
      return (
        `Morning pain averaged ${oneDecimal(before.value)} ${window} ` +
        `(${plural(before.n, 'morning')}); ${oneDecimal(baseline.value)} on other days ` +
        `(${plural(baseline.n, 'morning')}).`
      )
    case 'sleep_interrupted':
      return (
        `Sleep was interrupted on ${countOf(Math.round(before.value * before.n), before.n, 'day')} ` +
        `${window}; on ${countOf(Math.round(baseline.value * baseline.n), baseline.n, 'other day')}.`
      )
  }
}

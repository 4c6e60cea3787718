import { daysBetween, shiftIsoDate, type IsoDate } from '../dates'
import { isMeaningfulPainDrop } from './meaningful-change'
import type { Tier } from './symptoms'
import {
  FOUR_WEEKS_DAYS,
  NOT_EASING_MIN_RECENT_PAIN,
  NOT_IMPROVING_MIN_DAYS,
  PAIN_TREND_MIN_DAYS,
  PAIN_WINDOW_MAX_DAYS,
  RECURRENCE_COUNT,
  RECURRENCE_WINDOW_DAYS,
  TWO_WEEKS_DAYS,
} from './thresholds'

/**
 * Course flags (docs/clinical-rules.md#episode-flags). Codes are stored in alert keys: never rename or reuse
 * one. `not_improving` (the old rule: recent mean not lower than the first, urgent) is retired,
 * so an acknowledgement of it never silences the `not_easing` rule that replaced it.
 */
export const EPISODE_FLAG_CODES = [
  'not_easing',
  'over_two_weeks',
  'over_four_weeks',
  'recurring',
] as const
export type EpisodeFlagCode = (typeof EPISODE_FLAG_CODES)[number]

export interface EpisodeFlagInfo {
  label: string
  /** Course flags are never urgent or emergency: only warning signs are. */
  tier: Extract<Tier, 'soon'>
  /** Strongest first when several are shown (the order of the report's Course section). */
  rank: number
}

export const EPISODE_FLAG_INFO: Record<EpisodeFlagCode, EpisodeFlagInfo> = {
  not_easing: {
    label: 'Pain not easing after a week — call your healthcare provider',
    tier: 'soon',
    rank: 0,
  },
  over_four_weeks: {
    label: 'Longer than four weeks — book a review of an underlying cause',
    tier: 'soon',
    rank: 1,
  },
  over_two_weeks: {
    label: 'Longer than two weeks — see a clinician about an underlying cause',
    tier: 'soon',
    rank: 2,
  },
  recurring: { label: 'Keeps coming back in the same place', tier: 'soon', rank: 3 },
}

/** Days counted inclusive, in local calendar days: (ended_on or today) − started_on + 1. */
export function episodeDays(startedOn: IsoDate, endedOn: IsoDate | null, today: IsoDate): number {
  // A clock set behind an ongoing episode's start must not make a negative day count.
  return Math.max(1, daysBetween(startedOn, endedOn ?? today) + 1)
}

/** Days reached by `asOf`: its whole length when it ended by then, else up to `asOf`. */
export function episodeDaysAsOf(
  startedOn: IsoDate,
  endedOn: IsoDate | null,
  asOf: IsoDate,
): number {
  return episodeDays(startedOn, endedOn !== null && endedOn <= asOf ? endedOn : null, asOf)
}

export interface DayPain {
  date: IsoDate
  /** Mean pain of that day's check-ins. */
  meanPain: number
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length
}

export interface PainTrend {
  /** Days with a pain value. */
  days: number
  /** k: days in each window, min(3, ⌊n/2⌋), so the windows never overlap. */
  windowDays: number
  firstMean: number
  lastMean: number
  /** The last day with a pain value. */
  lastDate: IsoDate
}

/**
 * With n days that have a pain value, the mean of the first k days against the mean of the last
 * k days, k = min(3, ⌊n/2⌋). Each day counts once (its own mean), so a day of many flare-up
 * entries does not outweigh the others. Null when n < 2: there is nothing to compare.
 */
export function painTrend(days: readonly DayPain[]): PainTrend | null {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const last = sorted[sorted.length - 1]
  if (sorted.length < PAIN_TREND_MIN_DAYS || !last) return null
  const k = Math.min(PAIN_WINDOW_MAX_DAYS, Math.floor(sorted.length / 2))
  return {
    days: sorted.length,
    windowDays: k,
    firstMean: mean(sorted.slice(0, k).map((d) => d.meanPain)),
    lastMean: mean(sorted.slice(-k).map((d) => d.meanPain)),
    lastDate: last.date,
  }
}

/** Pain has eased when the recent mean is meaningfully below the first: ≥ 2 points or ≥ 30 %. */
export function hasEased(trend: PainTrend): boolean {
  return isMeaningfulPainDrop(trend.firstMean, trend.lastMean)
}

/**
 * The flag: not eased AND the recent mean is still at least 4/10, so low or falling pain never
 * raises a call to the provider (pain 0 every day has nothing to ease from).
 */
export function isNotEasing(trend: PainTrend): boolean {
  return !hasEased(trend) && trend.lastMean >= NOT_EASING_MIN_RECENT_PAIN
}

export interface EpisodeForFlags {
  id: number
  startedOn: IsoDate
  endedOn: IsoDate | null
  region: string
}

/**
 * How an episode's pain is going, as the episode view tells it: eased (a meaningful drop), no
 * meaningful change at low pain (nothing raised), or not easing (the flag).
 */
export type EpisodeProgress =
  | { status: 'not_judged' }
  | { status: 'not_enough_checkins'; daysWithPain: number }
  | ({ status: 'eased' } & PainTrend)
  | ({ status: 'no_meaningful_change' } & PainTrend)
  | ({ status: 'not_easing' } & PainTrend)

/**
 * Whether the not-easing rule judges an episode as of a date: while it is ongoing, from day 7.
 * Only those episodes need their daily pain read.
 */
export function judgedForEasing(episode: EpisodeForFlags, asOf: IsoDate): boolean {
  const ongoing = episode.endedOn === null || episode.endedOn > asOf
  return (
    ongoing && episodeDaysAsOf(episode.startedOn, episode.endedOn, asOf) >= NOT_IMPROVING_MIN_DAYS
  )
}

/**
 * The not-easing rule for one episode as of a date: judged only while it is ongoing and on day 7
 * or later, on each day's mean pain of every check-in dated inside the episode (whichever
 * episode it is linked to: overlapping episodes are each judged); fewer than 2 such days cannot
 * tell either way.
 */
export function episodeProgress(
  episode: EpisodeForFlags,
  dailyPain: readonly DayPain[],
  asOf: IsoDate,
): EpisodeProgress {
  if (!judgedForEasing(episode, asOf)) return { status: 'not_judged' }
  const known = dailyPain.filter((d) => d.date >= episode.startedOn && d.date <= asOf)
  const trend = painTrend(known)
  if (!trend) return { status: 'not_enough_checkins', daysWithPain: known.length }
  if (hasEased(trend)) return { status: 'eased', ...trend }
  return isNotEasing(trend)
    ? { status: 'not_easing', ...trend }
    : { status: 'no_meaningful_change', ...trend }
}

/**
 * Recurrence (docs/clinical-rules.md#episode-flags), judged at the episode's own start so later episodes never change an
 * earlier one's flags: the episodes of its region that started at most 89 days before it (the
 * span, counted inclusively, is at most 90 days), itself included, oldest first. Episodes
 * starting the same day count in id order. A recurrence when there are 3 or more; else null.
 */
export function recurrenceChain(
  episode: EpisodeForFlags,
  all: readonly EpisodeForFlags[],
): EpisodeForFlags[] | null {
  // ISO dates compare as text: the window's first day is worked out once, not per episode
  // (a ten-year report judges every episode against every other).
  const first = shiftIsoDate(episode.startedOn, 1 - RECURRENCE_WINDOW_DAYS)
  const chain = all
    .filter(
      (other) =>
        other.region === episode.region &&
        other.startedOn >= first &&
        (other.startedOn < episode.startedOn ||
          (other.startedOn === episode.startedOn && other.id <= episode.id)),
    )
    .sort((a, b) => (a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : a.id - b.id))
  return chain.length >= RECURRENCE_COUNT ? chain : null
}

export interface EpisodeFlagHit {
  code: EpisodeFlagCode
  /** The day it was reached (a threshold day, the last day with pain, the start). */
  date: IsoDate
  days: number
  progress?: Extract<EpisodeProgress, { status: 'not_easing' }>
  chain?: EpisodeForFlags[]
}

/**
 * Every flag of one episode as of a date, strongest first. Not-easing applies while the
 * episode is ongoing; the two- and four-week flags stay on an ended episode (its history), and
 * four weeks replaces two weeks as the stronger flag of the same kind.
 */
export function episodeFlagHits(
  episode: EpisodeForFlags,
  dailyPain: readonly DayPain[],
  all: readonly EpisodeForFlags[],
  asOf: IsoDate,
): EpisodeFlagHit[] {
  if (episode.startedOn > asOf) return []
  const days = episodeDaysAsOf(episode.startedOn, episode.endedOn, asOf)
  const hits: EpisodeFlagHit[] = []
  const reached = (threshold: number) => shiftIsoDate(episode.startedOn, threshold - 1)
  if (days >= FOUR_WEEKS_DAYS) {
    hits.push({ code: 'over_four_weeks', date: reached(FOUR_WEEKS_DAYS), days })
  } else if (days >= TWO_WEEKS_DAYS) {
    hits.push({ code: 'over_two_weeks', date: reached(TWO_WEEKS_DAYS), days })
  }
  const progress = episodeProgress(episode, dailyPain, asOf)
  if (progress.status === 'not_easing') {
    hits.push({ code: 'not_easing', date: progress.lastDate, days, progress })
  }
  const chain = recurrenceChain(episode, all)
  if (chain) hits.push({ code: 'recurring', date: episode.startedOn, days, chain })
  return hits.sort((a, b) => EPISODE_FLAG_INFO[a.code].rank - EPISODE_FLAG_INFO[b.code].rank)
}

/** The flag codes of one episode as of a date (the Episodes page shows them), strongest first. */
export function episodeFlags(
  episode: EpisodeForFlags,
  asOf: IsoDate,
  dailyPain: readonly DayPain[],
  all: readonly EpisodeForFlags[],
): EpisodeFlagCode[] {
  return episodeFlagHits(episode, dailyPain, all, asOf).map((hit) => hit.code)
}

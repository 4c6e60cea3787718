import { differenceInCalendarDays } from 'date-fns'
import { fromIsoDate, type IsoDate } from '../dates'
import type { Tier } from './symptoms'

/** Duration and recurrence flags of DESIGN §3.2. Codes are stored in alert keys: never rename. */
export const EPISODE_FLAG_CODES = [
  'not_improving',
  'over_two_weeks',
  'over_four_weeks',
  'recurring',
] as const
export type EpisodeFlagCode = (typeof EPISODE_FLAG_CODES)[number]

export interface EpisodeFlagInfo {
  label: string
  tier: Tier
  /** Strongest first when several are shown. */
  rank: number
}

export const EPISODE_FLAG_INFO: Record<EpisodeFlagCode, EpisodeFlagInfo> = {
  over_four_weeks: { label: 'Longer than four weeks', tier: 'urgent', rank: 0 },
  not_improving: {
    label: 'Not improving after a week — call your healthcare provider',
    tier: 'urgent',
    rank: 1,
  },
  over_two_weeks: {
    label: 'Longer than two weeks — see a clinician about an underlying cause',
    tier: 'soon',
    rank: 2,
  },
  recurring: { label: 'Keeps coming back in the same place', tier: 'soon', rank: 3 },
}

export const NOT_IMPROVING_MIN_DAYS = 7
export const TWO_WEEKS_DAYS = 14
export const FOUR_WEEKS_DAYS = 28
/** Episodes in one region that make a recurrence, and the span their starts must fit in. */
export const RECURRENCE_COUNT = 3
export const RECURRENCE_WINDOW_DAYS = 90
/** How many days with check-ins form the "first" and "last" windows of the not-improving rule. */
export const PAIN_WINDOW_DAYS = 3

/** Days counted inclusive, in local calendar days: (ended_on or today) − started_on + 1. */
export function episodeDays(startedOn: IsoDate, endedOn: IsoDate | null, today: IsoDate): number {
  const days = differenceInCalendarDays(fromIsoDate(endedOn ?? today), fromIsoDate(startedOn)) + 1
  // A clock set behind an ongoing episode's start must not make a negative day count.
  return Math.max(1, days)
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
  firstMean: number
  lastMean: number
  /** Days with check-ins in each window. */
  windowDays: number
}

/**
 * Mean pain of the first 3 and of the last 3 days with check-ins, exactly as DESIGN §3.2 words
 * it. With fewer than 3 such days the windows overlap (with 1 or 2 days they are the same days),
 * so the means are equal and the rule fires: nothing shows the pain going down. Each day counts
 * once (its own mean), so a day of many flare-up entries does not outweigh the others.
 * Null only when there are no check-ins at all.
 */
export function painTrend(days: readonly DayPain[]): PainTrend | null {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date))
  if (sorted.length === 0) return null
  const size = Math.min(PAIN_WINDOW_DAYS, sorted.length)
  return {
    firstMean: mean(sorted.slice(0, size).map((d) => d.meanPain)),
    lastMean: mean(sorted.slice(-size).map((d) => d.meanPain)),
    windowDays: size,
  }
}

/** True when the mean pain of the last days with check-ins is not lower than the first. */
export function isNotImproving(days: readonly DayPain[]): boolean {
  const trend = painTrend(days)
  return trend !== null && trend.lastMean >= trend.firstMean
}

export interface EpisodeForFlags {
  id: number
  startedOn: IsoDate
  endedOn: IsoDate | null
  region: string
}

/**
 * Whether `episode` is the third (or later) episode in its region whose start falls within 90
 * days: counting it and the earlier episodes of that region that started at most 90 days before
 * it. Judged at the episode's own start, so later episodes never change an earlier one's flags.
 */
export function isRecurring(episode: EpisodeForFlags, all: readonly EpisodeForFlags[]): boolean {
  const start = fromIsoDate(episode.startedOn)
  const count = all.filter((other) => {
    if (other.region !== episode.region) return false
    const gap = differenceInCalendarDays(start, fromIsoDate(other.startedOn))
    if (gap < 0 || gap > RECURRENCE_WINDOW_DAYS) return false
    return gap > 0 || other.id <= episode.id
  }).length
  return count >= RECURRENCE_COUNT
}

/**
 * Every flag of one episode, strongest first. Not-improving applies to ongoing episodes only;
 * the two- and four-week flags stay on an ended episode (its history), and four weeks replaces
 * two weeks as the stronger flag of the same kind.
 */
export function episodeFlags(
  episode: EpisodeForFlags,
  today: IsoDate,
  dailyPain: readonly DayPain[],
  all: readonly EpisodeForFlags[],
): EpisodeFlagCode[] {
  const days = episodeDays(episode.startedOn, episode.endedOn, today)
  const flags: EpisodeFlagCode[] = []
  if (days >= FOUR_WEEKS_DAYS) flags.push('over_four_weeks')
  else if (days >= TWO_WEEKS_DAYS) flags.push('over_two_weeks')
  if (episode.endedOn === null && days >= NOT_IMPROVING_MIN_DAYS && isNotImproving(dailyPain)) {
    flags.push('not_improving')
  }
  if (isRecurring(episode, all)) flags.push('recurring')
  return flags.sort((a, b) => EPISODE_FLAG_INFO[a].rank - EPISODE_FLAG_INFO[b].rank)
}

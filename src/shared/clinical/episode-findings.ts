import type { IsoDate } from '../dates'
import { formatShortDay } from '../format'
import { REGION_LABELS, SIDE_LABELS, type Region, type Side } from '../domain/episode'
import {
  EPISODE_FLAG_INFO,
  episodeFlagHits,
  type DayPain,
  type EpisodeFlagHit,
  type EpisodeForFlags,
} from './episode-flags'
import { oneDecimal, type Finding } from './findings'
import {
  FOUR_WEEKS_DAYS,
  MEANINGFUL_CHANGE,
  MEANINGFUL_PAIN_FRACTION,
  RECURRENCE_WINDOW_DAYS,
  TWO_WEEKS_DAYS,
} from './thresholds'

export interface EpisodeFacts extends EpisodeForFlags {
  region: Region
  side: Side
  createdAt: string
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "30 Jun" from "2026-06-30", read off the text (a ten-year summary lists hundreds). */
const dayAndMonth = (d: string) => `${Number(d.slice(8, 10))} ${MONTHS[Number(d.slice(5, 7)) - 1]}`

/** "30 Jun, 24 Jul and 17 Aug 2026"; the year on each day only when they differ. */
function listOfDays(dates: readonly string[]): string {
  const last = dates[dates.length - 1]
  if (last === undefined) return ''
  const oneYear = dates.every((d) => d.slice(0, 4) === last.slice(0, 4))
  const head = dates.slice(0, -1).map((d) => (oneYear ? dayAndMonth(d) : formatShortDay(d)))
  return head.length === 0 ? formatShortDay(last) : `${head.join(', ')} and ${formatShortDay(last)}`
}

function ordinal(n: number): string {
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth']
  return words[n - 1] ?? `${n}th`
}

function sentence(episode: EpisodeFacts, hit: EpisodeFlagHit, asOf: IsoDate): string {
  const where = `${REGION_LABELS[episode.region]} episode (${SIDE_LABELS[episode.side].toLowerCase()})`
  const ongoing = episode.endedOn === null || episode.endedOn > asOf
  const span = ongoing
    ? `started ${formatShortDay(episode.startedOn)}, ongoing: day ${hit.days} on ${formatShortDay(asOf)}`
    : `${formatShortDay(episode.startedOn)} to ${formatShortDay(episode.endedOn ?? asOf)}, ${hit.days} days`
  switch (hit.code) {
    case 'over_four_weeks':
    case 'over_two_weeks': {
      const threshold = hit.code === 'over_four_weeks' ? FOUR_WEEKS_DAYS : TWO_WEEKS_DAYS
      return `${where} ${span}; it reached ${threshold} days on ${formatShortDay(hit.date)}.`
    }
    case 'not_easing': {
      const p = hit.progress
      if (!p) return `${where} ${span}.`
      const window = p.windowDays === 1 ? 'day' : `${p.windowDays} days`
      return (
        `${where} ${span}; mean pain over the last ${window} with check-ins ` +
        `${oneDecimal(p.lastMean)}/10 against ${oneDecimal(p.firstMean)}/10 over the first ` +
        `${window}: not the drop of ${MEANINGFUL_CHANGE} points or ` +
        `${Math.round(MEANINGFUL_PAIN_FRACTION * 100)} % that counts as easing.`
      )
    }
    case 'recurring': {
      const chain = hit.chain ?? []
      return (
        `The ${ordinal(chain.length)} ${REGION_LABELS[episode.region].toLowerCase()} episode to ` +
        `start within ${RECURRENCE_WINDOW_DAYS} days: started ` +
        `${listOfDays(chain.map((e) => e.startedOn))}.`
      )
    }
  }
}

/**
 * The flags of one episode as findings, judged as of `asOf` (today for the alerts, the end of
 * the period for the report), strongest first.
 */
export function episodeFindings(
  episode: EpisodeFacts,
  dailyPain: readonly DayPain[],
  all: readonly EpisodeForFlags[],
  asOf: IsoDate,
): Finding[] {
  return episodeFlagHits(episode, dailyPain, all, asOf).map((hit) => ({
    rule: hit.code,
    code: hit.code,
    tier: EPISODE_FLAG_INFO[hit.code].tier,
    date: hit.date,
    title: EPISODE_FLAG_INFO[hit.code].label,
    sentence: sentence(episode, hit, asOf),
    ref: `episode:${episode.id}@${episode.createdAt}`,
    source: { kind: 'episode', id: episode.id },
  }))
}

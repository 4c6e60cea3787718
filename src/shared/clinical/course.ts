import { REGIONS, REGION_LABELS, type Region } from '../domain/episode'
import { EPISODE_FLAG_INFO, type EpisodeFlagCode } from './episode-flags'
import type { Finding } from './findings'
import { RECURRENCE_COUNT, RECURRENCE_WINDOW_DAYS } from './thresholds'

/**
 * The Course section of the doctor's summary (docs/clinical-rules.md#the-doctors-summary): course flags are facts
 * about episodes, not warning signs, so they never sit among the red flags. Per region: how many
 * episodes, their median and longest length, recurrence said once, the flags of episodes still
 * ongoing (with what to do) and, for those that ended, one line of fact each.
 */

/** An episode of the period with its length, as the report counts it. */
export interface CourseEpisode {
  id: number
  region: Region
  /** Null while ongoing (as of the end of the period). */
  endedOn: string | null
  days: number
}

/** A flag of an ongoing episode: it still asks for something (tier soon). */
export interface CourseFlag {
  code: EpisodeFlagCode
  date: string
  title: string
  text: string
}

export interface RegionCourse {
  region: Region
  episodes: number
  medianDays: number | null
  longestDays: number | null
  /** "3 or more started within 90 days", once per region, or null. */
  recurrence: string | null
  /** Flags of ongoing episodes, strongest first. */
  ongoing: CourseFlag[]
  /** Ended episodes that ran long, as facts without a tier ("2 ended episodes lasted …"). */
  endedFacts: string[]
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const upper = sorted[Math.floor(sorted.length / 2)] ?? 0
  const lower = sorted[Math.ceil(sorted.length / 2) - 1] ?? 0
  return (lower + upper) / 2
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** "in 12 months" for a long period, else "in 30 days". */
function periodWords(periodDays: number): string {
  const months = Math.round(periodDays / 30.44)
  return months >= 2 ? `in ${months} months` : `in ${plural(periodDays, 'day')}`
}

function endedFact(code: 'over_two_weeks' | 'over_four_weeks', lengths: number[]): string {
  const sorted = [...lengths].sort((a, b) => b - a)
  const days = sorted.length === 1 ? `${sorted[0]} days` : `longest ${sorted[0]} days`
  const what = code === 'over_four_weeks' ? 'four' : 'two'
  return `${plural(sorted.length, 'ended episode')} lasted longer than ${what} weeks (${days}).`
}

/**
 * The Course section from the period's episodes and the findings the episode rules raised for
 * them (judged at the end of the period). Regions without episodes are left out.
 */
export function courseByRegion(
  episodes: readonly CourseEpisode[],
  findings: readonly Finding[],
  periodDays: number,
): RegionCourse[] {
  return REGIONS.flatMap((region) => {
    const inRegion = episodes.filter((e) => e.region === region)
    if (inRegion.length === 0) return []
    const byId = new Map(inRegion.map((e) => [e.id, e]))
    const mine = findings.filter(
      (f) => f.source.kind === 'episode' && f.source.id !== null && byId.has(f.source.id),
    )
    const recurring = mine.some((f) => f.rule === 'recurring')
    const ongoing: CourseFlag[] = []
    const ended = { over_two_weeks: [] as number[], over_four_weeks: [] as number[] }
    for (const f of mine) {
      const episode = byId.get(f.source.id ?? -1)
      if (!episode || f.rule === 'recurring') continue
      const code = f.rule as EpisodeFlagCode
      if (episode.endedOn === null) {
        ongoing.push({ code, date: f.date, title: EPISODE_FLAG_INFO[code].label, text: f.sentence })
      } else if (code === 'over_two_weeks' || code === 'over_four_weeks') {
        ended[code].push(episode.days)
      }
    }
    const days = inRegion.map((e) => e.days)
    return [
      {
        region,
        episodes: inRegion.length,
        medianDays: median(days),
        longestDays: Math.max(...days),
        recurrence: recurring
          ? `${REGION_LABELS[region]}: ${plural(inRegion.length, 'episode')} ` +
            `${periodWords(periodDays)}; ${RECURRENCE_COUNT} or more started within ` +
            `${RECURRENCE_WINDOW_DAYS} days.`
          : null,
        ongoing,
        endedFacts: (['over_four_weeks', 'over_two_weeks'] as const)
          .filter((code) => ended[code].length > 0)
          .map((code) => endedFact(code, ended[code])),
      },
    ]
  })
}

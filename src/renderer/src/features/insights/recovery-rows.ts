import { FOUR_WEEKS_DAYS } from '@shared/clinical/thresholds'
import { formatDay } from '@shared/format'
import { REGION_LABELS } from '@shared/domain/episode'
import type { RecoveryEpisode } from '@shared/domain/insights'

/** The recovery chart shows the first four weeks; longer episodes go on in the table. */
export const CHART_DAYS = FOUR_WEEKS_DAYS
/** How many of the newest episodes are drawn in colour; the rest are thin grey lines. */
export const RECENT_EPISODES = 3

export interface RecentCurve {
  /** The row key holding this episode's daily means. */
  key: string
  label: string
  episode: RecoveryEpisode
}

export type RecoveryRow = { day: number } & Record<string, number | null>

export interface RecoveryChartData {
  /** Days on the axis: the longest episode's, at most CHART_DAYS. */
  days: number
  /** The newest episodes, newest first. */
  recent: RecentCurve[]
  /** One row per day of the axis: the recent episodes' means, null where a day has none. */
  rows: RecoveryRow[]
  earlier: RecoveryEpisode[]
  /** Some episode lasted longer than the chart shows. */
  longer: boolean
}

export function episodeName(e: RecoveryEpisode): string {
  return `${REGION_LABELS[e.region]}, started ${formatDay(e.startedOn)}`
}

/**
 * Lays main's per-episode daily means (oldest first) out for the chart: the newest episodes as
 * columns of one row per day (a day without check-ins stays null: a gap, never a zero), the
 * older ones as they are, to be drawn as one thin path.
 */
export function recoveryChartData(episodes: readonly RecoveryEpisode[]): RecoveryChartData {
  const newestFirst = [...episodes].reverse()
  const recent = newestFirst.slice(0, RECENT_EPISODES).map((episode) => ({
    key: `e${episode.id}`,
    label: episodeName(episode),
    episode,
  }))
  const longest = Math.max(1, ...episodes.map((e) => e.days))
  const days = Math.min(CHART_DAYS, longest)
  const rows: RecoveryRow[] = Array.from({ length: days }, (_, i) => {
    const row: RecoveryRow = { day: i + 1 }
    for (const r of recent) row[r.key] = null
    return row
  })
  for (const r of recent) {
    for (const point of r.episode.curve) {
      const row = rows[point.day - 1]
      if (row) row[r.key] = point.pain
    }
  }
  return {
    days,
    recent,
    rows,
    earlier: newestFirst.slice(RECENT_EPISODES).reverse(),
    longer: longest > CHART_DAYS,
  }
}

/** An episode's daily means as text for the table: "7, –, 5, 2" (– for a day without). */
export function curveText(e: RecoveryEpisode): string {
  if (e.curve.length === 0) return 'No check-ins'
  const byDay = new Map(e.curve.map((p) => [p.day, p.pain]))
  const last = e.curve.at(-1)?.day ?? 0
  return Array.from({ length: last }, (_, i) => {
    const pain = byDay.get(i + 1)
    return pain === undefined ? '–' : String(Math.round(pain * 10) / 10)
  }).join(', ')
}

import { usePlotArea, useXAxisScale } from 'recharts'
import type { TrendEpisode } from '@shared/domain/trends'

/**
 * Every episode of a chart as a shaded band over its days (or the buckets holding them), all in
 * one layer read off the chart's scale. One recharts ReferenceArea per episode cost a component,
 * a store registration and a re-layout each, on every chart, for every range.
 */
export function EpisodeBands({
  episodes,
  dates,
  labelled,
}: {
  episodes: readonly TrendEpisode[]
  /** The axis' categories in order: a band covers its first to its last day's slot. */
  dates: readonly string[]
  labelled: boolean
}) {
  const x = useXAxisScale()
  const plot = usePlotArea()
  if (!x || !plot || dates.length === 0) return null
  const first = x(dates[0], { position: 'middle' }) ?? plot.x
  const second = dates.length > 1 ? (x(dates[1], { position: 'middle' }) ?? first) : first
  // Each point stands for a slot as wide as the gap between two points.
  const half = dates.length > 1 ? (second - first) / 2 : plot.width / 2
  const left = plot.x
  const right = plot.x + plot.width
  // Overlapping episodes (two regions at once) share one word, not two on top of each other.
  const worded = new Set<number>()
  let wordedUntil = ''
  for (const e of [...episodes].sort((a, b) => a.bandStart.localeCompare(b.bandStart))) {
    if (e.bandStart > wordedUntil) worded.add(e.id)
    if (e.bandEnd > wordedUntil) wordedUntil = e.bandEnd
  }
  return (
    <g className="episode-bands" aria-hidden="true">
      {episodes.map((e) => {
        const start = x(e.bandStart, { position: 'middle' })
        const end = x(e.bandEnd, { position: 'middle' })
        if (start === undefined || end === undefined) return null
        const x1 = Math.max(left, start - half)
        const x2 = Math.min(right, end + half)
        return (
          <g key={e.id} className="episode-band">
            <rect
              x={x1}
              y={plot.y}
              width={Math.max(1, x2 - x1)}
              height={plot.height}
              fill="currentColor"
              fillOpacity={0.14}
            />
            {labelled && worded.has(e.id) && x2 - x1 > 48 ? (
              <text className="recharts-text episode-band__label" x={x1 + 4} y={plot.y + 13}>
                Episode
              </text>
            ) : null}
          </g>
        )
      })}
    </g>
  )
}

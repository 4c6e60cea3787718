import { useXAxisScale, useYAxisScale } from 'recharts'
import type { RecoveryEpisode } from '@shared/domain/insights'
import { markerPath } from '@renderer/components/charts/markers'
import { SERIES } from '@renderer/components/charts/palette'

/**
 * Every earlier episode's curve as one thin path: a line between days that follow each other, a
 * small dot for a day alone between gaps. A hundred recharts lines would be a hundred
 * components redrawn on every change; this is one element.
 */
export function EarlierCurves({
  episodes,
  days,
}: {
  episodes: readonly RecoveryEpisode[]
  days: number
}) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  if (!x || !y || episodes.length === 0) return null
  let lines = ''
  let dots = ''
  for (const e of episodes) {
    const points = e.curve.filter((p) => p.day <= days)
    points.forEach((p, i) => {
      const px = x(p.day)
      const py = y(p.pain)
      if (px === undefined || py === undefined) return
      const joinsPrevious = i > 0 && points[i - 1]?.day === p.day - 1
      const joinsNext = points[i + 1]?.day === p.day + 1
      if (joinsPrevious) lines += `L${px.toFixed(1)},${py.toFixed(1)}`
      else if (joinsNext) lines += `M${px.toFixed(1)},${py.toFixed(1)}`
      else dots += markerPath('circle', px, py, 1.5)
    })
  }
  const style = SERIES.earlierEpisodes
  return (
    <g className={`earlier-curves ${style.tone}`} aria-hidden="true">
      <path d={lines} fill="none" stroke="currentColor" strokeWidth={style.width} />
      <path d={dots} fill="currentColor" />
    </g>
  )
}

import { useXAxisScale, useYAxisScale } from 'recharts'
import { markerPaint, markerPath } from '@renderer/components/charts/markers'
import type { MarkerShape } from '@renderer/components/charts/palette'

interface MarkerSeries {
  key: string
  label: string
  tone: string
  marker: MarkerShape
  points: { date: string; row: number }[]
}

/**
 * All treatment markers of a chart as one path per kind. recharts' Scatter makes a component
 * per point (about 1,500 at ten years, most of a second to draw); one path each is instant.
 */
export function TreatmentMarkers({ series }: { series: MarkerSeries[] }) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  if (!x || !y) return null
  return (
    <g className="treatment-markers">
      {series.map((s) => {
        let d = ''
        for (const p of s.points) {
          const cx = x(p.date, { position: 'middle' })
          const cy = y(p.row)
          if (cx !== undefined && cy !== undefined) d += markerPath(s.marker, cx, cy, 4.5)
        }
        return (
          <path
            key={s.key}
            className={`treatment-markers__kind ${s.tone}`}
            d={d}
            {...markerPaint(s.marker)}
            aria-label={`${s.label}: ${s.points.length} marker${s.points.length === 1 ? '' : 's'}`}
          />
        )
      })}
    </g>
  )
}

import { useXAxisScale, useYAxisScale } from 'recharts'
import { markerPaint, markerPath } from './markers'
import { seriesPoint, type SeriesLayerProps } from './series-layer'

/**
 * The markers of a chart's series, one path per series, read off the chart's scales. recharts'
 * own dots are a component per point: 450 of them on three months of two-line charts, most of
 * the time a chart page took to open.
 */
export function SeriesMarkers<Row extends object>({
  rows,
  x: xKey,
  series,
  radius = 3.5,
}: SeriesLayerProps<Row> & {
  /** Of a circle; the other shapes are about as large. */
  radius?: number
}) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  if (!x || !y) return null
  return (
    <g className="series-markers" aria-hidden="true">
      {series.map(({ key, style }) => {
        if (!style.marker) return null
        let d = ''
        for (const row of rows) {
          const point = seriesPoint(x, y, row, xKey, key)
          if (point) d += markerPath(style.marker, point[0], point[1], radius)
        }
        return (
          <path key={String(key)} className={style.tone} d={d} {...markerPaint(style.marker)} />
        )
      })}
    </g>
  )
}

import { useXAxisScale, useYAxisScale } from 'recharts'
import type { MarkerShape } from './series'

/** SVG path of one marker centred on (x, y) with radius r; stroked shapes are lines only. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = (n: number) => n.toFixed(1)
  switch (shape) {
    case 'square':
      return `M${f(x - r * 0.85)},${f(y - r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}Z`
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r)},${f(y)}L${f(x)},${f(y + r * 1.2)}L${f(x - r)},${f(y)}Z`
    case 'triangle':
      return `M${f(x)},${f(y - r)}L${f(x + r)},${f(y + r * 0.8)}L${f(x - r)},${f(y + r * 0.8)}Z`
    case 'star': {
      let d = ''
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.2 : r * 0.5
        const a = (Math.PI / 5) * i - Math.PI / 2
        d += `${i === 0 ? 'M' : 'L'}${f(x + radius * Math.cos(a))},${f(y + radius * Math.sin(a))}`
      }
      return `${d}Z`
    }
    case 'cross':
      return `M${f(x - r)},${f(y)}H${f(x + r)}M${f(x)},${f(y - r)}V${f(y + r)}`
    case 'wye':
      return `M${f(x)},${f(y)}V${f(y + r)}M${f(x)},${f(y)}L${f(x - r)},${f(y - r * 0.7)}M${f(x)},${f(y)}L${f(x + r)},${f(y - r * 0.7)}`
    default:
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0`
  }
}

export const STROKED: ReadonlySet<MarkerShape> = new Set(['cross', 'wye'])

export interface MarkerSeries {
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
        const stroked = STROKED.has(s.marker)
        return (
          <path
            key={s.key}
            className={`treatment-markers__kind ${s.tone}`}
            d={d}
            fill={stroked ? 'none' : 'currentColor'}
            stroke={stroked ? 'currentColor' : 'none'}
            strokeWidth={stroked ? 2 : 0}
            aria-label={`${s.label}: ${s.points.length} marker${s.points.length === 1 ? '' : 's'}`}
          />
        )
      })}
    </g>
  )
}

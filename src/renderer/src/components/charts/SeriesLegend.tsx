import { markerPath, STROKED } from './TreatmentMarkers'
import type { MarkerShape, SeriesStyle } from './series'

/** A marker drawn with the same path as on the charts. */
export function MarkerIcon({
  shape,
  x = 12,
  y = 7,
}: {
  shape: MarkerShape
  x?: number
  y?: number
}) {
  const stroked = STROKED.has(shape)
  return (
    <path
      d={markerPath(shape, x, y, 4)}
      fill={stroked ? 'none' : 'currentColor'}
      stroke={stroked ? 'currentColor' : 'none'}
      strokeWidth={stroked ? 2 : 0}
    />
  )
}

/** The sample of a series: its line (with dash pattern) and its marker. */
export function SeriesSwatch({ style }: { style: SeriesStyle }) {
  return (
    <svg className={`swatch ${style.tone}`} width="24" height="14" aria-hidden="true">
      <line
        x1="1"
        y1="7"
        x2="23"
        y2="7"
        stroke="currentColor"
        strokeWidth={style.width ?? 2}
        strokeDasharray={style.dash}
      />
      {style.marker ? <MarkerIcon shape={style.marker} /> : null}
    </svg>
  )
}

export function SeriesLegend({ items }: { items: SeriesStyle[] }) {
  return (
    <ul className="series-legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.label}>
          <SeriesSwatch style={item} />
          {item.label}
        </li>
      ))}
    </ul>
  )
}

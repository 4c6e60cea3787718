import { markerPaint, markerPath } from './markers'
import type { SeriesStyle } from './palette'
import './charts.css'

/** The sample of a series: its line (with dash pattern) and its marker, as on the charts. */
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
      {style.marker ? (
        <path d={markerPath(style.marker, 12, 7, 4)} {...markerPaint(style.marker)} />
      ) : null}
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

import type { MarkerShape, SeriesStyle } from './series'

/** A marker drawn the way recharts draws it, for legends and tooltips. */
export function MarkerIcon({
  shape,
  x = 12,
  y = 7,
}: {
  shape: MarkerShape
  x?: number
  y?: number
}) {
  const r = 4
  switch (shape) {
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill="currentColor" />
    case 'diamond':
      return (
        <polygon
          points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`}
          fill="currentColor"
        />
      )
    case 'triangle':
      return (
        <polygon points={`${x},${y - r} ${x + r},${y + r} ${x - r},${y + r}`} fill="currentColor" />
      )
    case 'cross':
    case 'star':
    case 'wye':
      return (
        <path
          d={`M${x - r},${y} H${x + r} M${x},${y - r} V${y + r}`}
          stroke="currentColor"
          strokeWidth={2.5}
        />
      )
    default:
      return <circle cx={x} cy={y} r={r} fill="currentColor" />
  }
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

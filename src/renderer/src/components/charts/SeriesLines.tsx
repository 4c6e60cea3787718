import {
  DefaultZIndexes,
  useActiveTooltipLabel,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
} from 'recharts'
import { seriesPoint, type Point, type SeriesLayerProps } from './series-layer'

/**
 * The SVG path of one series: straight lines between points, or steps (the value holds until
 * the next point) for categories; a missing value breaks the line, and a point with no
 * neighbour is a zero-length segment (as recharts draws it).
 */
export function linePath(runs: readonly (readonly Point[])[], stepped: boolean): string {
  // Coordinates as they are, unrounded as recharts writes them: a dash pattern follows them.
  let d = ''
  for (const run of runs) {
    run.forEach(([x, y], i) => {
      if (i === 0) d += `M${x},${y}`
      else if (stepped) d += `H${x}V${y}`
      else d += `L${x},${y}`
    })
    if (run.length === 1) d += 'Z'
  }
  return d
}

/**
 * A chart's series as lines, one path each, read off the chart's scales, and the dot on each
 * at the day under the pointer. recharts' own `Line` is a component per series with its store
 * subscriptions and selectors: about a fifth of the time opening Trends took
 * (docs/performance.md). The chart's y axis needs a fixed domain: these are not recharts series.
 */
export function SeriesLines<Row extends object>({
  rows,
  x: xKey,
  series,
  stepped = false,
}: SeriesLayerProps<Row> & {
  /** Categories (the Penn scale) step from point to point instead of sloping. */
  stepped?: boolean
}) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  if (!x || !y) return null
  return (
    <g className="series-lines" aria-hidden="true">
      {series.map(({ key, style }) => {
        const runs: Point[][] = [[]]
        for (const row of rows) {
          const point = seriesPoint(x, y, row, xKey, key)
          if (point) runs.at(-1)?.push(point)
          else if (runs.at(-1)?.length) runs.push([])
        }
        return (
          <path
            key={String(key)}
            className={`series-line ${style.tone}`}
            d={linePath(
              runs.filter((run) => run.length > 0),
              stepped,
            )}
            fill="none"
            stroke="currentColor"
            strokeWidth={style.width ?? 2}
            strokeDasharray={style.dash}
          />
        )
      })}
      <ActiveDots rows={rows} x={xKey} series={series} />
    </g>
  )
}

/**
 * The dot on each line at the day under the pointer, apart from the lines so that moving the
 * pointer redraws the dots, not every line's path.
 */
function ActiveDots<Row extends object>({ rows, x: xKey, series }: SeriesLayerProps<Row>) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  const active = useActiveTooltipLabel()
  const activeRow = active === undefined ? undefined : rows.find((r) => r[xKey] === active)
  if (!x || !y) return null
  // Over the tooltip's cursor line, as recharts draws its own active dots.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.activeDot}>
      {activeRow
        ? series.map(({ key, style }) => {
            const point = seriesPoint(x, y, activeRow, xKey, key)
            return point === undefined ? null : (
              <circle
                key={`${String(key)}-active`}
                className={`series-line__active ${style.tone}`}
                cx={point[0]}
                cy={point[1]}
                r={5}
                fill="currentColor"
                stroke="#fff"
                strokeWidth={2}
              />
            )
          })
        : null}
    </ZIndexLayer>
  )
}

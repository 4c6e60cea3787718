import type { ReactNode } from 'react'
import { ResponsiveContainer } from 'recharts'
import type { SeriesStyle } from '@renderer/components/charts/palette'
import { SeriesLegend } from '@renderer/components/charts/SeriesLegend'
import { useMeasuredWidth } from '@renderer/components/charts/useMeasuredWidth'
import '../trends.css'

/**
 * A trend chart's frame: title, what it shows in words (its accessible name), plot, legend and,
 * when given, a table of the same numbers.
 */
export function ChartFigure({
  title,
  description,
  legend,
  children,
  height = 220,
  table,
}: {
  title: string
  description: string
  legend: SeriesStyle[]
  children: ReactNode
  height?: number
  /** The same numbers as a table, for people who do not see the chart. */
  table?: ReactNode
}) {
  const [plot, width] = useMeasuredWidth<HTMLDivElement>()
  return (
    <figure className="card trend-chart" aria-label={title}>
      <figcaption>
        <h2>{title}</h2>
        <p className="hint">{description}</p>
      </figcaption>
      <div
        ref={plot}
        className="trend-chart__plot"
        role="img"
        aria-label={`${title}: ${description}`}
      >
        {width === null ? null : (
          <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>
            {children as never}
          </ResponsiveContainer>
        )}
      </div>
      <SeriesLegend items={legend} />
      {table}
    </figure>
  )
}

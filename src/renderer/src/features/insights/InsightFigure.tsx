import { useCallback, useState, type ReactElement, type ReactNode } from 'react'
import { ResponsiveContainer } from 'recharts'
import type { SeriesStyle } from '@renderer/components/charts/palette'
import { SeriesLegend } from '@renderer/components/charts/SeriesLegend'
import { usePlot } from '@renderer/components/charts/usePlot'
import './insights.css'

/**
 * An Insights chart: its title and what it shows in words, the plot (a tab stop: the arrow keys
 * move from point to point, each read out in the tooltip), the legend, and the same numbers as
 * a table for anyone who does not use the chart.
 */
export function InsightFigure({
  id,
  title,
  description,
  legend,
  height,
  table,
  children,
}: {
  id: string
  title: string
  description: string
  legend: SeriesStyle[]
  height: number
  /** The chart's numbers as a table, unless the section already shows them in one. */
  table?: ReactNode
  /** The chart, drawn for the plot's width (measured before the first paint; see usePlot). */
  children: (width: number) => ReactElement
}) {
  const draw = useCallback(
    (width: number) => (
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>
        {children(width)}
      </ResponsiveContainer>
    ),
    [children, height],
  )
  const [plot, drawn] = usePlot<HTMLDivElement>(draw)
  // The table is drawn when opened: at ten years it is hundreds of rows nobody has asked for.
  const [tableOpen, setTableOpen] = useState(false)
  return (
    <figure className="insights-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="hint">
          {description} With the keyboard, Tab to the chart and use the left and right arrow keys.
        </p>
      </figcaption>
      <div ref={plot} className="insights-figure__plot" aria-busy={drawn ? undefined : true}>
        {drawn ?? <div style={{ height }} />}
      </div>
      <SeriesLegend items={legend} />
      {table ? (
        <details
          className="insights-figure__table"
          onToggle={(e) => setTableOpen(e.currentTarget.open)}
        >
          <summary>The numbers of “{title}” as a table</summary>
          {tableOpen ? table : null}
        </details>
      ) : null}
    </figure>
  )
}

import {
  cloneElement,
  isValidElement,
  useCallback,
  useId,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react'
import { ResponsiveContainer } from 'recharts'
import { TableHead } from '../TableHead'
import { TableScroll } from '../TableScroll'
import type { SeriesStyle } from './palette'
import { SeriesLegend } from './SeriesLegend'
import { usePlot } from './usePlot'
import './charts.css'

/** The numbers behind a chart, one row per point, for people who do not see the chart. */
export interface ChartTableSpec<R> {
  /** What a row is: "Day", "Week ending". */
  rowHeader: string
  rows: readonly R[]
  rowLabel: (row: R) => string
  columns: readonly { label: string; value: (row: R) => string }[]
}

interface ChartFigureProps<R> {
  title: string
  /** How to read it: scales, units, what a gap means. */
  description?: ReactNode
  /** What it shows, in sentences: the text alternative read before the chart. */
  summary: readonly string[]
  legend: readonly SeriesStyle[]
  table: ChartTableSpec<R>
  /** A recharts chart (LineChart, ComposedChart…), sized by the figure. */
  children: ReactElement
  height: number
  headingLevel?: 2 | 3 | 4
  className?: string
  /** Draw the plot with the page even outside the window: it is printed as it stands. */
  eager?: boolean
}

/**
 * Every chart's frame: its title, how to read it, a text summary, the plot, its legend, and a
 * "Show as table" toggle with the same numbers. The plot is a picture of the summary and the
 * table, so it is hidden from assistive technology and kept out of the tab order (recharts
 * would otherwise make it an unnamed tab stop); the summary and the table carry the content.
 */
export function ChartFigure<R>({
  title,
  description,
  summary,
  legend,
  table,
  children,
  height,
  headingLevel = 2,
  className,
  eager = false,
}: ChartFigureProps<R>) {
  const id = useId()
  const [asTable, setAsTable] = useState(false)
  const Heading = `h${headingLevel}` as const
  const draw = useCallback(
    (width: number) => (
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>
        {isValidElement(children)
          ? cloneElement(children as ReactElement<{ accessibilityLayer?: boolean }>, {
              accessibilityLayer: false,
            })
          : children}
      </ResponsiveContainer>
    ),
    [children, height],
  )
  const [plot, drawn] = usePlot<HTMLDivElement>(draw, { eager })
  return (
    <figure
      className={['chart-figure', className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-title`}
    >
      <figcaption className="chart-figure__caption">
        <Heading id={`${id}-title`} className="chart-figure__title">
          {title}
        </Heading>
        {description ? <p className="hint">{description}</p> : null}
      </figcaption>
      <div className="chart-figure__summary">
        {summary.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <div className="chart-figure__toolbar no-print">
        <button
          type="button"
          className="button button--small"
          aria-controls={`${id}-view`}
          onClick={() => setAsTable((t) => !t)}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </div>
      <div id={`${id}-view`} className="chart-figure__view">
        {asTable ? (
          <TableScroll label={`${title}, as a table`}>
            <table className="table chart-figure__table">
              <caption className="visually-hidden">{title}</caption>
              <TableHead columns={[table.rowHeader, ...table.columns.map((c) => c.label)]} />
              <tbody>
                {table.rows.map((row) => {
                  const label = table.rowLabel(row)
                  return (
                    <tr key={label}>
                      <th scope="row">{label}</th>
                      {table.columns.map((c) => (
                        <td key={c.label}>{c.value(row)}</td>
                      ))}
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
        {/* Printed even while the table is on screen: paper shows the chart. */}
        <div
          ref={plot}
          className={
            asTable ? 'chart-figure__plot chart-figure__plot--paper' : 'chart-figure__plot'
          }
          aria-hidden="true"
          // Until the chart is drawn (see usePlot): tests and tools wait for it.
          aria-busy={drawn ? undefined : true}
        >
          {drawn ?? <div style={{ height }} />}
          <SeriesLegend items={legend} />
        </div>
      </div>
    </figure>
  )
}

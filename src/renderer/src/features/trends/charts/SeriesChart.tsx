import { ComposedChart, YAxis } from 'recharts'
import { ChartGrid } from '@renderer/components/charts/ChartGrid'
import { ChartFigure } from '@renderer/components/charts/ChartFigure'
import { SERIES } from '@renderer/components/charts/palette'
import type { ChartParts, SeriesKey } from './chart-parts'
import { TREND_AXIS_WIDTH } from './trend-width'

/** Lines of daily (or bucketed) values over episode shading, on a 0–`top` axis. */
function SeriesChart({
  parts,
  title,
  description,
  series,
  top,
  height = 220,
  stepped = false,
}: {
  parts: ChartParts
  title: string
  description: string
  series: SeriesKey[]
  top: 4 | 10
  height?: number
  /** Categories (the Penn scale) step from day to day instead of sloping. */
  stepped?: boolean
}) {
  return (
    <ChartFigure
      className="card trend-chart"
      title={title}
      description={description}
      summary={parts.summary(series)}
      table={parts.table(series)}
      legend={[...series.map((key) => SERIES[key]), SERIES.episode]}
      height={height}
    >
      <ComposedChart data={parts.rows}>
        <ChartGrid />
        {parts.xAxis}
        {top === 10 ? (
          parts.scoreAxis
        ) : (
          // Fixed, as the 0–10 axis (chartParts' scoreAxis says why).
          <YAxis
            domain={[0, top]}
            allowDataOverflow
            ticks={[0, 1, 2, 3, 4]}
            interval={0}
            width={TREND_AXIS_WIDTH}
          />
        )}
        {parts.tooltip}
        {parts.bands}
        {parts.lines(series, stepped)}
      </ComposedChart>
    </ChartFigure>
  )
}

/** Morning vs evening stiffness, the question most people open Trends for. */
export function StiffnessChart({ parts }: { parts: ChartParts }) {
  return (
    <SeriesChart
      parts={parts}
      title="Stiffness: morning vs evening"
      description={`0 = no stiffness, 10 = worst imaginable. ${parts.unit}`}
      series={['morningStiffness', 'eveningStiffness']}
      top={10}
    />
  )
}

/** Morning and evening pain with the 7-day rolling mean main computed. */
export function PainChart({ parts, daily }: { parts: ChartParts; daily: boolean }) {
  return (
    <SeriesChart
      parts={parts}
      title="Pain and its 7-day average"
      description={
        daily
          ? '0 = no pain, 10 = worst pain imaginable. The average covers each day and the six before it.'
          : `0 = no pain, 10 = worst pain imaginable. ${parts.unit}`
      }
      series={['morningPain', 'eveningPain', 'painRolling7']}
      top={10}
    />
  )
}

/** The day's highest Penn spasm frequency, stepped: it is a category, not a measurement. */
export function SpasmChart({ parts }: { parts: ChartParts }) {
  return (
    <SeriesChart
      parts={parts}
      title="Spasm frequency"
      description="Penn scale: 0 none, 1 only when provoked, 2 under once an hour, 3 over once an hour, 4 over ten an hour."
      series={['spasmFrequency']}
      top={4}
      height={160}
      stepped
    />
  )
}

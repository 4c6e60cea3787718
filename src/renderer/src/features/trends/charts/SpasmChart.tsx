import { CartesianGrid, ComposedChart, YAxis } from 'recharts'
import { SERIES } from '@renderer/components/charts/palette'
import { ChartFigure } from './ChartFigure'
import type { ChartParts } from './chart-parts'

/** The day's highest Penn spasm frequency, stepped: it is a category, not a measurement. */
export function SpasmChart({ parts }: { parts: ChartParts }) {
  return (
    <ChartFigure
      title="Spasm frequency"
      description="Penn scale: 0 none, 1 only when provoked, 2 under once an hour, 3 over once an hour, 4 over ten an hour."
      legend={[SERIES.spasmFrequency, SERIES.episode]}
      height={160}
    >
      <ComposedChart data={parts.rows}>
        <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
        {parts.xAxis}
        <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} interval={0} width={32} />
        {parts.tooltip}
        {parts.bands}
        {parts.line('spasmFrequency', 'stepAfter')}
      </ComposedChart>
    </ChartFigure>
  )
}

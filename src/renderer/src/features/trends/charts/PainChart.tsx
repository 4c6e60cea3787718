import { CartesianGrid, ComposedChart } from 'recharts'
import { SERIES } from '@renderer/components/charts/palette'
import { ChartFigure } from './ChartFigure'
import type { ChartParts } from './chart-parts'

/** Morning and evening pain with the 7-day rolling mean main computed. */
export function PainChart({ parts, daily }: { parts: ChartParts; daily: boolean }) {
  return (
    <ChartFigure
      title="Pain and its 7-day average"
      description={
        daily
          ? '0 = no pain, 10 = worst pain imaginable. The average covers each day and the six before it.'
          : `0 = no pain, 10 = worst pain imaginable. ${parts.unit}`
      }
      legend={[SERIES.morningPain, SERIES.eveningPain, SERIES.painRolling7, SERIES.episode]}
    >
      <ComposedChart data={parts.rows}>
        <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
        {parts.xAxis}
        {parts.scoreAxis}
        {parts.tooltip}
        {parts.bands}
        {parts.line('morningPain')}
        {parts.line('eveningPain')}
        {parts.line('painRolling7')}
      </ComposedChart>
    </ChartFigure>
  )
}

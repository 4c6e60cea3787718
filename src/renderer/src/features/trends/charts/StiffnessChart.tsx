import { CartesianGrid, ComposedChart } from 'recharts'
import { SERIES } from '@renderer/components/charts/palette'
import { ChartFigure } from './ChartFigure'
import type { ChartParts } from './chart-parts'

/** Morning vs evening stiffness, the question most people open Trends for. */
export function StiffnessChart({ parts }: { parts: ChartParts }) {
  return (
    <ChartFigure
      title="Stiffness: morning vs evening"
      description={`0 = no stiffness, 10 = worst imaginable. ${parts.unit}`}
      legend={[SERIES.morningStiffness, SERIES.eveningStiffness, SERIES.episode]}
    >
      <ComposedChart data={parts.rows}>
        <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
        {parts.xAxis}
        {parts.scoreAxis}
        {parts.tooltip}
        {parts.bands}
        {parts.line('morningStiffness')}
        {parts.line('eveningStiffness')}
      </ComposedChart>
    </ChartFigure>
  )
}

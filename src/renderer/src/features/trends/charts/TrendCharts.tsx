import { memo, useMemo } from 'react'
import type { Trends } from '@shared/domain/trends'
import { chartParts } from './chart-parts'
import { PegChart } from './PegChart'
import { PainChart, SpasmChart, StiffnessChart } from './SeriesChart'
import { TreatmentChart } from './TreatmentChart'
import { useTrendLookup } from './useTrendLookup'

/**
 * The Trends page's charts, one component each, sharing one lookup and one set of parts. Drawn
 * again only for a new answer: the page re-renders while a new range loads, and new axis or
 * tooltip elements would make recharts recompute every chart for the same data. `plotWidth`
 * is the plot's width in steps (`trendPlotWidth`), so a resize redraws them only per step.
 */
export const TrendCharts = memo(function TrendCharts({
  trends,
  plotWidth,
}: {
  trends: Trends
  plotWidth?: number | undefined
}) {
  const lookup = useTrendLookup(trends)
  const parts = useMemo(() => chartParts(trends, lookup, plotWidth), [trends, lookup, plotWidth])
  return (
    <div className="trend-charts">
      <StiffnessChart parts={parts} />
      <PainChart parts={parts} daily={trends.bucketDays === 1} />
      <SpasmChart parts={parts} />
      <TreatmentChart parts={parts} lookup={lookup} bucketDays={trends.bucketDays} />
      <PegChart range={{ from: trends.from, to: trends.to }} />
    </div>
  )
})

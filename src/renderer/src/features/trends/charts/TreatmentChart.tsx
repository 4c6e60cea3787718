import { ComposedChart, Line, YAxis } from 'recharts'
import { TREATMENT_KIND_LABELS } from '@shared/domain/treatment'
import { formatDay } from '@shared/format'
import { ChartGrid } from '@renderer/components/charts/ChartGrid'
import { ChartFigure } from '@renderer/components/charts/ChartFigure'
import { TREATMENT_STYLES } from '@renderer/components/charts/palette'
import type { ChartParts } from './chart-parts'
import { TREND_AXIS_WIDTH } from './trend-width'
import { TreatmentMarkers } from './TreatmentMarkers'
import type { TrendLookup } from './useTrendLookup'

/** One row per treatment kind, a marker on each day (or bucket) it was used. */
export function TreatmentChart({
  parts,
  lookup,
  bucketDays,
}: {
  parts: ChartParts
  lookup: TrendLookup
  bucketDays: number
}) {
  const { kinds } = lookup
  if (kinds.length === 0) return null
  const period = bucketDays === 1 ? 'day' : bucketDays === 7 ? 'week' : '4 weeks'
  const unit =
    bucketDays === 1
      ? { on: 'on', one: 'day', other: 'days' }
      : bucketDays === 7
        ? { on: 'in', one: 'week', other: 'weeks' }
        : { on: 'in', one: '4-week period', other: '4-week periods' }
  const used = [...lookup.treatments.entries()].sort(([a], [b]) => a.localeCompare(b))
  return (
    <ChartFigure
      className="card trend-chart"
      title="Treatments"
      description={`One marker per ${period} a treatment was used; each row is one kind.`}
      summary={[
        `Used in this range: ${kinds
          .map((kind) => {
            const n = lookup.markers.get(kind)?.length ?? 0
            return `${TREATMENT_KIND_LABELS[kind]} ${unit.on} ${n} ${n === 1 ? unit.one : unit.other}`
          })
          .join(', ')}.`,
      ]}
      table={{
        rowHeader: bucketDays === 1 ? 'Day' : `${bucketDays === 7 ? 'Week' : '4 weeks'} ending`,
        rows: used,
        rowLabel: ([date]) => formatDay(date),
        columns: [
          {
            label: 'Treatments (sessions)',
            value: ([, list]) =>
              list.map((t) => `${TREATMENT_KIND_LABELS[t.kind]} ×${t.count}`).join(', '),
          },
        ],
      }}
      legend={kinds.map((kind) => ({
        label: TREATMENT_KIND_LABELS[kind],
        ...TREATMENT_STYLES[kind],
        width: 0,
      }))}
      height={Math.max(120, 40 + kinds.length * 26)}
    >
      <ComposedChart data={parts.rows}>
        <ChartGrid />
        {parts.xAxis}
        <YAxis
          type="number"
          domain={[0.5, kinds.length + 0.5]}
          ticks={kinds.map((_, i) => i + 1)}
          tickFormatter={(v: number) => {
            const kind = kinds[v - 1]
            return kind ? TREATMENT_KIND_LABELS[kind] : ''
          }}
          width={TREND_AXIS_WIDTH}
          interval={0}
          reversed
        />
        {parts.tooltip}
        {parts.bands}
        {/* recharts only builds an axis that a series with values uses: an invisible
            one keeps the kinds axis (and the scales the markers read) alive. */}
        <Line
          dataKey={() => 1}
          stroke="none"
          dot={false}
          activeDot={false}
          legendType="none"
          isAnimationActive={false}
        />
        <TreatmentMarkers
          series={kinds.map((kind) => ({
            key: kind,
            ...TREATMENT_STYLES[kind],
            points: lookup.markers.get(kind) ?? [],
          }))}
        />
      </ComposedChart>
    </ChartFigure>
  )
}

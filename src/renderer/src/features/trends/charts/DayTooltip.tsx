import type { TooltipContentProps } from 'recharts'
import { formatDay } from '@shared/dates'
import { TREATMENT_KIND_LABELS } from '@shared/domain/treatment'
import { SERIES, type SeriesStyle } from '@renderer/components/charts/palette'
import { SeriesSwatch } from '@renderer/components/charts/SeriesLegend'
import type { TrendLookup } from './useTrendLookup'
import '../trends.css'

const fmt = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined ? 'no entry' : v.toFixed(digits)

/** The day under the pointer, in words: every value, its episode and its treatments. */
export function DayTooltip({
  active,
  label,
  lookup,
  bucketDays,
}: Partial<TooltipContentProps> & { lookup: TrendLookup; bucketDays: number }) {
  if (!active || typeof label !== 'string') return null
  const day = lookup.days.get(label)
  if (!day) return null
  const episode = lookup.episodes.find((e) => e.bandStart <= label && label <= e.bandEnd)
  // Buckets hold means: one decimal. Days hold the entries themselves.
  const d = bucketDays > 1 ? 1 : 0
  const treatments = lookup.treatments.get(label) ?? []
  const row = (style: SeriesStyle, value: string) => (
    <li key={style.label}>
      <SeriesSwatch style={style} /> {style.label}: <strong>{value}</strong>
    </li>
  )
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__date">
        {bucketDays === 1
          ? formatDay(label)
          : `${bucketDays === 7 ? 'Week' : '4 weeks'} ending ${formatDay(label)} (means)`}
      </p>
      <ul>
        {row(SERIES.morningStiffness, fmt(day.morningStiffness, d))}
        {row(SERIES.eveningStiffness, fmt(day.eveningStiffness, d))}
        {row(SERIES.morningPain, fmt(day.morningPain, d))}
        {row(SERIES.eveningPain, fmt(day.eveningPain, d))}
        {row(SERIES.painRolling7, fmt(day.painRolling7, 1))}
        {row(SERIES.spasmFrequency, fmt(day.spasmFrequency))}
      </ul>
      {episode ? (
        <p>
          {bucketDays > 1 ? 'Includes' : 'During'} an episode ({episode.region} back, {episode.side}
          )
        </p>
      ) : null}
      {treatments.length > 0 ? (
        <p>
          Treatments:{' '}
          {treatments.map((t) => `${TREATMENT_KIND_LABELS[t.kind]} ×${t.count}`).join(', ')}
        </p>
      ) : null}
    </div>
  )
}

import { useMemo, type ReactNode } from 'react'
import { format } from 'date-fns'
import {
  CartesianGrid,
  ComposedChart,
  Line,
  Area,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts'
import { formatDay, fromIsoDate } from '../../../shared/dates'
import type { TrendDay, Trends } from '../../../shared/domain/trends'
import { TREATMENT_KIND_LABELS, type TreatmentKind } from '../../../shared/domain/treatment'
import { SERIES, treatmentStyle, type SeriesStyle } from './series'
import { MarkerIcon, SeriesLegend, SeriesSwatch } from './SeriesLegend'
import { TreatmentMarkers } from './TreatmentMarkers'

interface Lookup {
  days: Map<string, TrendDay>
  treatments: Map<string, { kind: TreatmentKind; count: number }[]>
  episodes: Trends['episodes']
}

const fmt = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined ? 'no entry' : v.toFixed(digits)

/** The day under the pointer, in words: every value, its episode and its treatments. */
function DayTooltip({
  active,
  label,
  lookup,
  bucketDays,
}: Partial<TooltipContentProps> & { lookup: Lookup; bucketDays: number }) {
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

function ChartFigure({
  title,
  description,
  legend,
  children,
  height = 220,
}: {
  title: string
  description: string
  legend: SeriesStyle[]
  children: ReactNode
  height?: number
}) {
  return (
    <figure className="card trend-chart" aria-label={title}>
      <figcaption>
        <h2>{title}</h2>
        <p className="hint">{description}</p>
      </figcaption>
      <div className="trend-chart__plot" role="img" aria-label={`${title}: ${description}`}>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
          {children as never}
        </ResponsiveContainer>
      </div>
      <SeriesLegend items={legend} />
    </figure>
  )
}

export function TrendCharts({ trends }: { trends: Trends }) {
  const kinds = useMemo(
    () => [...new Set(trends.treatments.map((t) => t.kind))].sort(),
    [trends.treatments],
  )
  const { rows, markers, lookup } = useMemo(() => {
    const byDay = new Map<string, { kind: TreatmentKind; count: number }[]>()
    for (const t of trends.treatments) {
      const list = byDay.get(t.date) ?? []
      list.push({ kind: t.kind, count: t.count })
      byDay.set(t.date, list)
    }
    // Each kind gets only its own points: a Scatter draws a symbol per row it is given.
    const markers = new Map<TreatmentKind, { date: string; row: number }[]>()
    for (const t of trends.treatments) {
      const list = markers.get(t.kind) ?? []
      list.push({ date: t.date, row: kinds.indexOf(t.kind) + 1 })
      markers.set(t.kind, list)
    }
    const lookup: Lookup = {
      days: new Map(trends.days.map((d) => [d.date, d])),
      treatments: byDay,
      episodes: trends.episodes,
    }
    return { rows: trends.days, markers, lookup }
  }, [trends, kinds])

  const unit =
    trends.bucketDays === 1
      ? 'Gaps are days without a check-in.'
      : `Over this long range each point is the mean of ${trends.bucketDays === 7 ? 'a week' : '4 weeks'}; gaps have no check-ins.`
  // Markers on every point stop helping (and cost time) once the days are a few pixels wide.
  const dense = rows.length > 120
  const years = rows.length > 400
  const tick = (value: string) => format(fromIsoDate(value), years ? 'MMM yyyy' : 'd MMM')
  const xAxis = (
    // The treatment markers bring their own data: their dates must map onto the same axis.
    <XAxis
      dataKey="date"
      tickFormatter={tick}
      minTickGap={24}
      interval="preserveStartEnd"
      allowDuplicatedCategory={false}
    />
  )
  const tooltip = (
    <Tooltip
      content={<DayTooltip lookup={lookup} bucketDays={trends.bucketDays} />}
      isAnimationActive={false}
    />
  )
  // Daily ranges hold a handful of episodes: one labelled band each. Bucketed ranges can hold
  // 150, and recharts re-registers every ReferenceArea on each change (seconds at that count),
  // so there the episode weeks are one stepped area series instead.
  const covered = useMemo(() => {
    const set = new Set<string>()
    for (const d of trends.days) {
      if (trends.episodes.some((e) => e.bandStart <= d.date && d.date <= e.bandEnd)) set.add(d.date)
    }
    return set
  }, [trends])
  const bands = (top: number) =>
    trends.bucketDays === 1 ? (
      trends.episodes.map((e) => (
        <ReferenceArea
          key={e.id}
          x1={e.bandStart}
          x2={e.bandEnd}
          className="episode-band"
          fill="currentColor"
          fillOpacity={0.14}
          ifOverflow="hidden"
          label={{ value: 'Episode', position: 'insideTopLeft', className: 'episode-band__label' }}
        />
      ))
    ) : (
      <Area
        dataKey={(d: TrendDay) => (covered.has(d.date) ? top : null)}
        name="Episode"
        type="stepAfter"
        className="episode-band"
        stroke="none"
        fill="currentColor"
        fillOpacity={0.14}
        activeDot={false}
        legendType="none"
        isAnimationActive={false}
      />
    )
  const line = (key: keyof typeof SERIES, extra: { type?: 'stepAfter' } = {}) => {
    const style: SeriesStyle = SERIES[key]
    return (
      <Line
        key={key}
        dataKey={key}
        name={style.label}
        className={style.tone}
        stroke="currentColor"
        strokeWidth={style.width ?? 2}
        strokeDasharray={style.dash}
        // Dots are drawn in their own layer, outside the line's group: give them the tone too.
        dot={
          style.marker && !dense
            ? { symbol: style.marker, r: 3.5, fill: 'currentColor', className: style.tone }
            : false
        }
        activeDot={{ r: 5, fill: 'currentColor', className: style.tone }}
        connectNulls={false}
        isAnimationActive={false}
        type={extra.type ?? 'linear'}
      />
    )
  }
  const episodeLegend: SeriesStyle = {
    label: 'Shaded: spasm episode',
    tone: 'tone-episode',
    width: 10,
  }
  const scoreAxis = <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} width={32} />

  return (
    <div className="trend-charts">
      <ChartFigure
        title="Stiffness: morning vs evening"
        description={`0 = no stiffness, 10 = worst imaginable. ${unit}`}
        legend={[SERIES.morningStiffness, SERIES.eveningStiffness, episodeLegend]}
      >
        <ComposedChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
          {xAxis}
          {scoreAxis}
          {tooltip}
          {bands(10)}
          {line('morningStiffness')}
          {line('eveningStiffness')}
        </ComposedChart>
      </ChartFigure>
      <ChartFigure
        title="Pain and its 7-day average"
        description={
          trends.bucketDays === 1
            ? '0 = no pain, 10 = worst pain imaginable. The average covers each day and the six before it.'
            : `0 = no pain, 10 = worst pain imaginable. ${unit}`
        }
        legend={[SERIES.morningPain, SERIES.eveningPain, SERIES.painRolling7, episodeLegend]}
      >
        <ComposedChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
          {xAxis}
          {scoreAxis}
          {tooltip}
          {bands(10)}
          {line('morningPain')}
          {line('eveningPain')}
          {line('painRolling7')}
        </ComposedChart>
      </ChartFigure>
      <ChartFigure
        title="Spasm frequency"
        description="Penn scale: 0 none, 1 only when provoked, 2 under once an hour, 3 over once an hour, 4 over ten an hour."
        legend={[SERIES.spasmFrequency, episodeLegend]}
        height={160}
      >
        <ComposedChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
          {xAxis}
          <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} width={32} />
          {tooltip}
          {bands(4)}
          {line('spasmFrequency', { type: 'stepAfter' })}
        </ComposedChart>
      </ChartFigure>
      {kinds.length > 0 ? (
        <ChartFigure
          title="Treatments"
          description={`One marker per ${trends.bucketDays === 1 ? 'day' : trends.bucketDays === 7 ? 'week' : '4 weeks'} a treatment was used; each row is one kind.`}
          legend={kinds.map((kind, i) => ({
            label: TREATMENT_KIND_LABELS[kind],
            tone: treatmentStyle(i).tone,
            marker: treatmentStyle(i).marker,
            width: 0,
          }))}
          height={Math.max(120, 40 + kinds.length * 26)}
        >
          <ComposedChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
            {xAxis}
            <YAxis
              type="number"
              domain={[0.5, kinds.length + 0.5]}
              ticks={kinds.map((_, i) => i + 1)}
              tickFormatter={(v: number) => {
                const kind = kinds[v - 1]
                return kind ? TREATMENT_KIND_LABELS[kind] : ''
              }}
              width={110}
              reversed
            />
            {tooltip}
            {bands(kinds.length + 0.5)}
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
              series={kinds.map((kind, i) => ({
                key: kind,
                label: TREATMENT_KIND_LABELS[kind],
                ...treatmentStyle(i),
                points: markers.get(kind) ?? [],
              }))}
            />
          </ComposedChart>
        </ChartFigure>
      ) : null}
    </div>
  )
}

export { MarkerIcon }

import { Area, Line, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts'
import type { TrendDay, Trends } from '@shared/domain/trends'
import { formatDay, formatDayMonth, formatMonthYear, formatNumber } from '@shared/format'
import type { ChartTableSpec } from '@renderer/components/charts/ChartFigure'
import { seriesSentence } from '@renderer/components/charts/chart-summary'
import { SERIES, seriesLine } from '@renderer/components/charts/palette'
import { DayTooltip } from './DayTooltip'
import type { TrendLookup } from './useTrendLookup'

/**
 * "Episode" at the top left of its band, when the band is wide enough to hold the word: narrow
 * bands (a short episode, a narrow window) stay shaded, and the table says which days they cover.
 */
function EpisodeLabel({ viewBox }: { viewBox?: unknown }) {
  const box = viewBox as { x?: number; y?: number; width?: number } | undefined
  if (box?.x === undefined || box.y === undefined || (box.width ?? 0) < 60) return null
  return (
    <text x={box.x + 5} y={box.y + 15} className="recharts-text episode-band__label">
      Episode
    </text>
  )
}

/** The series of a trend day that charts draw. */
export type SeriesKey = Extract<keyof TrendDay, keyof typeof SERIES>

/**
 * What every trend chart shares, built once per answer: the date axis, the tooltip, the episode
 * shading, the 0–10 axis, a series line on the shared palette, and the words and the table that
 * stand in for a chart.
 */
export function chartParts(trends: Trends, lookup: TrendLookup) {
  const rows = trends.days
  // Markers on every point stop helping (and cost time) once the days are a few pixels wide.
  const dense = rows.length > 120
  const years = rows.length > 400
  const tick = (value: string) => (years ? formatMonthYear(value) : formatDayMonth(value))
  const daily = trends.bucketDays === 1
  const period = trends.bucketDays === 7 ? 'week' : '4 weeks'
  // Buckets hold means: one decimal. Days hold the entries themselves, whole numbers.
  const digits = (key: SeriesKey) => (!daily || key === 'painRolling7' ? 1 : 0)
  const value = (row: TrendDay, key: SeriesKey) => {
    const v = row[key]
    return v === null ? '—' : formatNumber(v, digits(key))
  }
  const labelled = new Set<number>()
  let labelledUntil = ''
  for (const e of [...trends.episodes].sort((a, b) => a.bandStart.localeCompare(b.bandStart))) {
    if (e.bandStart > labelledUntil) labelled.add(e.id)
    if (e.bandEnd > labelledUntil) labelledUntil = e.bandEnd
  }
  const unit =
    trends.bucketDays === 1
      ? 'Gaps are days without a check-in.'
      : `Over this long range each point is the mean of ${trends.bucketDays === 7 ? 'a week' : '4 weeks'}; gaps have no check-ins.`
  return {
    rows,
    unit,
    /** One sentence per series for the chart's text summary. */
    summary: (keys: readonly SeriesKey[]) =>
      keys.map((key) =>
        seriesSentence(
          SERIES[key].label,
          rows.map((r) => ({
            when: daily ? formatDay(r.date) : `the ${period} ending ${formatDay(r.date)}`,
            value: r[key],
          })),
          {
            format: (v) => formatNumber(v, digits(key)),
            unit: daily
              ? { one: 'day', other: 'days', at: 'on' }
              : trends.bucketDays === 7
                ? { one: 'week', other: 'weeks', at: 'in' }
                : { one: '4-week period', other: '4-week periods', at: 'in' },
          },
        ),
      ),
    /** The chart's numbers as a table: the days (or buckets) with a value, and the episodes. */
    table: (keys: readonly SeriesKey[]): ChartTableSpec<TrendDay> => ({
      rowHeader: daily ? 'Day' : `${period === 'week' ? 'Week' : '4 weeks'} ending`,
      rows: rows.filter((r) => keys.some((key) => r[key] !== null)),
      rowLabel: (r) => formatDay(r.date),
      columns: [
        ...keys.map((key) => ({ label: SERIES[key].label, value: (r: TrendDay) => value(r, key) })),
        {
          label: 'Spasm episode',
          value: (r: TrendDay) => (lookup.covered.has(r.date) ? 'Yes' : '—'),
        },
      ],
    }),
    xAxis: (
      // The treatment markers bring their own data: their dates must map onto the same axis.
      <XAxis
        dataKey="date"
        tickFormatter={tick}
        minTickGap={24}
        interval="preserveStartEnd"
        allowDuplicatedCategory={false}
      />
    ),
    scoreAxis: <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} width={32} />,
    tooltip: (
      <Tooltip
        content={<DayTooltip lookup={lookup} bucketDays={trends.bucketDays} />}
        isAnimationActive={false}
      />
    ),
    // Daily ranges hold a handful of episodes: one labelled band each. Bucketed ranges can hold
    // 150, and recharts re-registers every ReferenceArea on each change (seconds at that count),
    // so there the episode weeks are one stepped area series instead.
    bands: (top: number) =>
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
            // Overlapping episodes (two regions at once) share one word, not two on top.
            label={labelled.has(e.id) ? { content: EpisodeLabel } : undefined}
          />
        ))
      ) : (
        <Area
          dataKey={(d: TrendDay) => (lookup.covered.has(d.date) ? top : null)}
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
      ),
    line: (key: SeriesKey, type: 'linear' | 'stepAfter' = 'linear') => {
      const style = SERIES[key]
      return (
        <Line
          key={key}
          dataKey={key}
          {...seriesLine(style, { markers: !dense })}
          activeDot={{ r: 5, fill: 'currentColor', className: style.tone }}
          connectNulls={false}
          type={type}
        />
      )
    },
  }
}

export type ChartParts = ReturnType<typeof chartParts>

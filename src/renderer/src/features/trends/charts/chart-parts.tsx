import { Line, Tooltip, XAxis, YAxis } from 'recharts'
import type { TrendDay, Trends } from '@shared/domain/trends'
import { formatDay, formatDayMonth, formatMonthYear, formatNumber } from '@shared/format'
import type { ChartTableSpec } from '@renderer/components/charts/ChartFigure'
import { seriesSentence } from '@renderer/components/charts/chart-summary'
import { SERIES } from '@renderer/components/charts/palette'
import { SeriesLines } from '@renderer/components/charts/SeriesLines'
import { SeriesMarkers } from '@renderer/components/charts/SeriesMarkers'
import { DayTooltip } from './DayTooltip'
import { EpisodeBands } from './EpisodeBands'
import { tickRoom, TREND_AXIS_WIDTH } from './trend-width'
import type { TrendLookup } from './useTrendLookup'

/** The series of a trend day that charts draw. */
export type SeriesKey = Extract<keyof TrendDay, keyof typeof SERIES>

/**
 * What every trend chart shares, built once per answer: the date axis, the tooltip, the episode
 * shading, the 0–10 axis, a series line on the shared palette, and the words and the table that
 * stand in for a chart. `plotWidth` (px) sets how many dates the x axis can name.
 */
export function chartParts(trends: Trends, lookup: TrendLookup, plotWidth = Infinity) {
  const rows = trends.days
  // Markers on every point stop helping (and cost time) once the days are a few pixels wide.
  const dense = rows.length > 120
  // Weekly or 4-weekly points span years: their ticks name the year, not the day.
  const years = trends.bucketDays > 1 || rows.length > 400
  const tick = (value: string) => (years ? formatMonthYear(value) : formatDayMonth(value))
  const daily = trends.bucketDays === 1
  const period = trends.bucketDays === 7 ? 'week' : '4 weeks'
  // Buckets hold means: one decimal. Days hold the entries themselves, whole numbers.
  const digits = (key: SeriesKey) => (!daily || key === 'painRolling7' ? 1 : 0)
  const value = (row: TrendDay, key: SeriesKey) => {
    const v = row[key]
    return v === null ? '—' : formatNumber(v, digits(key))
  }
  // Up to eight dates, as many as the plot has room for, the last one always labelled. Left to
  // itself ("preserveStartEnd"), recharts measures every label in the DOM to thin them out:
  // one forced layout per point, most of the time it took to draw a year of days.
  const labels = Math.max(2, Math.min(8, Math.floor(plotWidth / tickRoom(years))))
  const step = Math.max(1, Math.ceil(rows.length / labels))
  const ticks = rows.filter((_, i) => (rows.length - 1 - i) % step === 0).map((r) => r.date)
  const unit =
    trends.bucketDays === 1
      ? 'Gaps are days without a check-in.'
      : `Each point is the mean of ${trends.bucketDays === 7 ? 'a week' : '4 weeks'}; gaps have no check-ins.`
  // Each point's date in words, worked out once for every chart's summary (365 dates a year).
  let dated: readonly { row: TrendDay; when: string }[] | undefined
  const datedRows = () =>
    (dated ??= rows.map((row) => ({
      row,
      when: daily ? formatDay(row.date) : `the ${period} ending ${formatDay(row.date)}`,
    })))
  return {
    rows,
    unit,
    /** One sentence per series for the chart's text summary. */
    summary: (keys: readonly SeriesKey[]) =>
      keys.map((key) =>
        seriesSentence(
          SERIES[key].label,
          datedRows().map(({ row, when }) => ({ when, value: row[key] })),
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
    /**
     * The chart's numbers as a table: the days (or buckets) with a value, and the episodes. Its
     * cells are worked out only when the table is opened, so drawing the chart pays nothing.
     */
    table: (keys: readonly SeriesKey[]): ChartTableSpec<TrendDay> => ({
      rowHeader: daily ? 'Day' : `${period === 'week' ? 'Week' : '4 weeks'} ending`,
      rows: rows.filter((r) => keys.some((key) => r[key] !== null)),
      rowLabel: (r) => formatDay(r.date),
      columns: [
        ...keys.map((key) => ({ label: SERIES[key].label, value: (r: TrendDay) => value(r, key) })),
        {
          label: 'Spasm episode',
          value: (r: TrendDay) =>
            trends.episodes.some((e) => e.bandStart <= r.date && r.date <= e.bandEnd) ? 'Yes' : '—',
        },
      ],
    }),
    xAxis: (
      // The treatment markers bring their own data: their dates must map onto the same axis.
      <XAxis
        dataKey="date"
        tickFormatter={tick}
        ticks={ticks}
        interval={0}
        // Room for the last date's label, centred on the chart's right edge ("Nov 2026" is wider).
        padding={{ right: years ? 28 : 16 }}
        allowDuplicatedCategory={false}
      />
    ),
    // Every tick shown as given (interval 0): recharts otherwise measures each label in the DOM.
    // A fixed domain (allowDataOverflow): the lines are not recharts series, so recharts has no
    // values of its own to work the axis out from, and would leave it without a scale.
    scoreAxis: (
      <YAxis
        domain={[0, 10]}
        allowDataOverflow
        ticks={[0, 2, 4, 6, 8, 10]}
        interval={0}
        width={TREND_AXIS_WIDTH}
      />
    ),
    tooltip: (
      <Tooltip
        content={<DayTooltip lookup={lookup} bucketDays={trends.bucketDays} />}
        isAnimationActive={false}
        // The day's words come from the lookup; the hidden line only lets the tooltip open.
        includeHidden
      />
    ),
    // Daily ranges label each band; long ranges hold 150 episodes, too narrow to label.
    bands: (
      <EpisodeBands
        episodes={trends.episodes}
        dates={rows.map((r) => r.date)}
        labelled={trends.bucketDays === 1}
      />
    ),
    /** Markers (when there is room) under the lines, one path per series, as recharts drew them. */
    lines: (keys: readonly SeriesKey[], stepped = false) => {
      const series = keys.map((key) => ({ key, style: SERIES[key] }))
      return [
        // recharts opens its tooltip only over a series of its own: one, hidden, draws nothing.
        <Line key="tooltip" dataKey={keys[0]} hide legendType="none" />,
        dense ? null : <SeriesMarkers key="markers" rows={rows} x="date" series={series} />,
        <SeriesLines key="lines" rows={rows} x="date" series={series} stepped={stepped} />,
      ]
    },
  }
}

export type ChartParts = ReturnType<typeof chartParts>

import { format } from 'date-fns'
import { Area, Line, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts'
import { fromIsoDate } from '@shared/dates'
import type { TrendDay, Trends } from '@shared/domain/trends'
import { SERIES, seriesLine } from '@renderer/components/charts/palette'
import { DayTooltip } from './DayTooltip'
import type { TrendLookup } from './useTrendLookup'

/**
 * What every trend chart shares, built once per answer: the date axis, the tooltip, the episode
 * shading, the 0–10 axis, and a series line on the shared palette.
 */
export function chartParts(trends: Trends, lookup: TrendLookup) {
  const rows = trends.days
  // Markers on every point stop helping (and cost time) once the days are a few pixels wide.
  const dense = rows.length > 120
  const years = rows.length > 400
  const tick = (value: string) => format(fromIsoDate(value), years ? 'MMM yyyy' : 'd MMM')
  const unit =
    trends.bucketDays === 1
      ? 'Gaps are days without a check-in.'
      : `Over this long range each point is the mean of ${trends.bucketDays === 7 ? 'a week' : '4 weeks'}; gaps have no check-ins.`
  return {
    rows,
    unit,
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
            label={{
              value: 'Episode',
              position: 'insideTopLeft',
              className: 'episode-band__label',
            }}
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
    line: (key: keyof typeof SERIES, type: 'linear' | 'stepAfter' = 'linear') => {
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

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { EpisodeDay } from '@shared/domain/episode'
import { formatDay, formatDayMonth, formatNumber } from '@shared/format'
import { ChartFigure } from '@renderer/components/charts/ChartFigure'
import { seriesSentence } from '@renderer/components/charts/chart-summary'
import { SERIES, seriesLine } from '@renderer/components/charts/palette'
import './episodes.css'

const one = (n: number) => formatNumber(n, 1)
const DAYS = { one: 'day', other: 'days', at: 'on' } as const

/**
 * Pain and stiffness across an episode, on the shared palette: the two lines differ by dash
 * pattern and marker shape as well as colour; a sentence each and a table give the same numbers.
 */
export function EpisodeChart({ curve }: { curve: readonly EpisodeDay[] }) {
  if (curve.length === 0) {
    return <p className="empty">No check-ins during this episode yet, so there is no curve.</p>
  }
  const points = (key: 'pain' | 'stiffness') =>
    curve.map((d) => ({ when: formatDay(d.date), value: d[key] }))
  return (
    <ChartFigure
      title="Pain and stiffness"
      headingLevel={3}
      description="Daily mean of your check-ins during this episode, 0–10."
      summary={[
        seriesSentence('Pain', points('pain'), { format: one, unit: DAYS }),
        seriesSentence('Stiffness', points('stiffness'), { format: one, unit: DAYS }),
      ]}
      legend={[SERIES.pain, SERIES.stiffness]}
      table={{
        rowHeader: 'Day',
        rows: curve,
        rowLabel: (d) => formatDay(d.date),
        columns: [
          { label: 'Pain', value: (d) => one(d.pain) },
          { label: 'Stiffness', value: (d) => one(d.stiffness) },
        ],
      }}
      height={260}
      className="episode-chart"
    >
      <LineChart data={[...curve]} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
        <XAxis
          dataKey="date"
          tickFormatter={formatDayMonth}
          label={{ value: 'Day', position: 'insideBottom', offset: -12 }}
        />
        <YAxis
          domain={[0, 10]}
          ticks={[0, 2, 4, 6, 8, 10]}
          label={{ value: 'Score (0–10)', angle: -90, position: 'insideLeft' }}
        />
        <Tooltip
          labelFormatter={(d) => (typeof d === 'string' ? formatDayMonth(d) : '')}
          formatter={(v) => (typeof v === 'number' ? one(v) : String(v))}
        />
        <Line type="monotone" dataKey="pain" {...seriesLine(SERIES.pain, { dotRadius: 4 })} />
        <Line
          type="monotone"
          dataKey="stiffness"
          {...seriesLine(SERIES.stiffness, { dotRadius: 4 })}
        />
      </LineChart>
    </ChartFigure>
  )
}

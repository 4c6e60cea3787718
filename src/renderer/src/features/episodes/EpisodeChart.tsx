import { format } from 'date-fns'
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { fromIsoDate } from '@shared/dates'
import type { EpisodeDay } from '@shared/domain/episode'
import { SERIES, seriesLine } from '@renderer/components/charts/palette'
import { SeriesLegend } from '@renderer/components/charts/SeriesLegend'
import './episodes.css'
import { TableHead } from '@renderer/components/TableHead'

const oneDecimal = (n: number) => Math.round(n * 10) / 10

const dayLabel = (date: string) => format(fromIsoDate(date), 'd MMM')

/**
 * Pain and stiffness across an episode, on the shared palette: the two lines differ by dash
 * pattern and marker shape as well as colour, and the legend names them; a table of the same
 * numbers follows for screen readers and for anyone who prefers numbers.
 */
export function EpisodeChart({ curve }: { curve: readonly EpisodeDay[] }) {
  const data = curve.map((d) => ({
    date: d.date,
    pain: oneDecimal(d.pain),
    stiffness: oneDecimal(d.stiffness),
  }))
  if (data.length === 0) {
    return <p className="empty">No check-ins during this episode yet, so there is no curve.</p>
  }
  return (
    <figure className="chart">
      <div className="chart__canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
            <XAxis
              dataKey="date"
              tickFormatter={dayLabel}
              label={{ value: 'Day', position: 'insideBottom', offset: -12 }}
            />
            <YAxis
              domain={[0, 10]}
              ticks={[0, 2, 4, 6, 8, 10]}
              label={{ value: 'Score (0–10)', angle: -90, position: 'insideLeft' }}
            />
            <Tooltip labelFormatter={(d) => (typeof d === 'string' ? dayLabel(d) : '')} />
            <Line type="monotone" dataKey="pain" {...seriesLine(SERIES.pain, { dotRadius: 4 })} />
            <Line
              type="monotone"
              dataKey="stiffness"
              {...seriesLine(SERIES.stiffness, { dotRadius: 4 })}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <SeriesLegend items={[SERIES.pain, SERIES.stiffness]} />
      <figcaption className="hint">Daily mean of your check-ins during this episode.</figcaption>
      <table className="visually-hidden">
        <caption>Pain and stiffness by day</caption>
        <TableHead columns={['Day', 'Pain', 'Stiffness']} />
        <tbody>
          {data.map((d) => (
            <tr key={d.date}>
              <th scope="row">{dayLabel(d.date)}</th>
              <td>{d.pain}</td>
              <td>{d.stiffness}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}

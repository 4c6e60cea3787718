import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { format } from 'date-fns'
import { fromIsoDate } from '../../../shared/dates'
import type { EpisodeDay } from '../../../shared/domain/episode'

const oneDecimal = (n: number) => Math.round(n * 10) / 10

const dayLabel = (date: string) => format(fromIsoDate(date), 'd MMM')

/**
 * Pain and stiffness across an episode. The two lines differ by dash pattern and marker shape as
 * well as colour, and the legend names them; a table of the same numbers follows for screen
 * readers and for anyone who prefers numbers.
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
            <CartesianGrid strokeDasharray="2 4" stroke="var(--border)" />
            <XAxis
              dataKey="date"
              tickFormatter={dayLabel}
              stroke="var(--muted)"
              label={{ value: 'Day', position: 'insideBottom', offset: -12, fill: 'var(--muted)' }}
            />
            <YAxis
              domain={[0, 10]}
              ticks={[0, 2, 4, 6, 8, 10]}
              stroke="var(--muted)"
              label={{
                value: 'Score (0–10)',
                angle: -90,
                position: 'insideLeft',
                fill: 'var(--muted)',
              }}
            />
            <Tooltip labelFormatter={(d) => (typeof d === 'string' ? dayLabel(d) : '')} />
            <Legend position="top" />
            <Line
              type="monotone"
              dataKey="pain"
              name="Pain (solid line, circles)"
              stroke="var(--chart-pain)"
              strokeWidth={2.5}
              dot={{ r: 4 }}
              legendType="plainline"
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="stiffness"
              name="Stiffness (dashed line, squares)"
              stroke="var(--chart-stiffness)"
              strokeWidth={2.5}
              strokeDasharray="8 5"
              dot={<SquareDot />}
              legendType="plainline"
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="hint">Daily mean of your check-ins during this episode.</figcaption>
      <table className="visually-hidden">
        <caption>Pain and stiffness by day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Pain</th>
            <th scope="col">Stiffness</th>
          </tr>
        </thead>
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

function SquareDot(props: { cx?: number; cy?: number; stroke?: string }) {
  const { cx, cy, stroke } = props
  if (cx === undefined || cy === undefined) return null
  return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={stroke} />
}

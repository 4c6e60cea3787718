import { format } from 'date-fns'
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { formatDay, fromIsoDate } from '@shared/dates'
import type { DateRange } from '@shared/domain/common'
import { SERIES, seriesLine } from '@renderer/components/charts/palette'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { useChannel } from '@renderer/lib/channels'
import { ChartFigure } from './ChartFigure'

const time = (date: string) => fromIsoDate(date).getTime()
const score = (n: number) => (Math.round(n * 10) / 10).toFixed(1)

/** The weekly PEG score over the range: one point per answer, on a time axis. */
export function PegChart({ range }: { range: DateRange }) {
  const pegs = useChannel('peg:list', range)
  if (pegs.isError)
    return <ErrorBanner title="The PEG answers could not be loaded." error={pegs.error} />
  if (!pegs.data) return null
  const rows = pegs.data.map((p) => ({ ...p, t: time(p.date) }))
  const title = 'Weekly PEG score'
  if (rows.length === 0) {
    return (
      <section className="card trend-chart" aria-label={title}>
        <h2>{title}</h2>
        <p className="hint">
          No weekly PEG answered in this range. Today offers its three questions once a week.
        </p>
      </section>
    )
  }
  return (
    <ChartFigure
      title={title}
      description="PEG-3, 0–10: the mean of average pain and of pain's interference with enjoyment of life and with general activity over the past week."
      legend={[SERIES.pegScore]}
      height={160}
      table={
        <details className="trend-chart__table">
          <summary>The PEG answers as a table</summary>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Pain</th>
                <th scope="col">Enjoyment of life</th>
                <th scope="col">General activity</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id}>
                  <td>{formatDay(p.date)}</td>
                  <td>{p.pain}</td>
                  <td>{p.enjoyment}</td>
                  <td>{p.activity}</td>
                  <td>{score(p.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      }
    >
      <LineChart data={rows} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={[time(range.from), time(range.to)]}
          tickFormatter={(t: number) => format(t, 'd MMM')}
          minTickGap={24}
        />
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} width={32} />
        <Tooltip
          isAnimationActive={false}
          labelFormatter={(t) => formatDay(format(Number(t), 'yyyy-MM-dd'))}
          formatter={(value) => [score(Number(value)), 'PEG score']}
        />
        <Line dataKey="score" {...seriesLine(SERIES.pegScore, { markers: true })} />
      </LineChart>
    </ChartFigure>
  )
}

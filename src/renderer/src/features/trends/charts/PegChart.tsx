import { Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { EARLIEST_DATE, fromIsoDate, toIsoDate } from '@shared/dates'
import type { DateRange } from '@shared/domain/common'
import { formatDay, formatDayMonth, formatMonthYear, formatNumber } from '@shared/format'
import { ChartGrid } from '@renderer/components/charts/ChartGrid'
import { ChartFigure } from '@renderer/components/charts/ChartFigure'
import { seriesSentence } from '@renderer/components/charts/chart-summary'
import { SERIES, seriesLine } from '@renderer/components/charts/palette'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { useChannel } from '@renderer/lib/channels'

const time = (date: string) => fromIsoDate(date).getTime()
const score = (n: number) => formatNumber(n, 1)

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
  // "All" starts at the first answer, not in 1900; over a year, ticks name months and years.
  const from = range.from === EARLIEST_DATE ? (rows[0]?.t ?? time(range.from)) : time(range.from)
  const to = time(range.to)
  const tick = to - from > 400 * 86_400_000 ? formatMonthYear : formatDayMonth
  return (
    <ChartFigure
      className="card trend-chart"
      title={title}
      description="PEG-3, 0–10: the mean of average pain and of pain's interference with enjoyment of life and with general activity over the past week."
      summary={[
        seriesSentence(
          'PEG score',
          rows.map((p) => ({ when: formatDay(p.date), value: p.score })),
          { format: score, unit: { one: 'answer', other: 'answers', at: 'on' } },
        ),
      ]}
      legend={[SERIES.pegScore]}
      table={{
        rowHeader: 'Date',
        rows,
        rowLabel: (p) => formatDay(p.date),
        columns: [
          { label: 'Pain', value: (p) => formatNumber(p.pain) },
          { label: 'Enjoyment of life', value: (p) => formatNumber(p.enjoyment) },
          { label: 'General activity', value: (p) => formatNumber(p.activity) },
          { label: 'Score', value: (p) => score(p.score) },
        ],
      }}
      height={160}
    >
      <LineChart data={rows} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
        <ChartGrid />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={[from, to]}
          tickFormatter={(t: number) => tick(toIsoDate(new Date(t)))}
          minTickGap={24}
        />
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} width={32} />
        <Tooltip
          isAnimationActive={false}
          labelFormatter={(t) => formatDay(toIsoDate(new Date(Number(t))))}
          formatter={(value) => [score(Number(value)), 'PEG score']}
        />
        <Line dataKey="score" {...seriesLine(SERIES.pegScore, { markers: true })} />
      </LineChart>
    </ChartFigure>
  )
}

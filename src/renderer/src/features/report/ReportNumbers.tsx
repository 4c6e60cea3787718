import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts'
import { formatDayMonth, formatNumber, formatShortDay as day } from '@shared/format'
import { MEANINGFUL_PEG_FRACTION, NO_CHANGE_WITHIN } from '@shared/clinical/thresholds'
import type { Report, SlotStats } from '@shared/domain/report'
import { SERIES, seriesLine } from '@renderer/components/charts/palette'
import { ChartFigure } from '@renderer/components/charts/ChartFigure'
import { seriesSentence } from '@renderer/components/charts/chart-summary'
import { n0, n1 } from './report-format'
import { plural } from '@shared/format'

const MEANINGFUL_PEG_PERCENT = Math.round(MEANINGFUL_PEG_FRACTION * 100)

/** Second-half minus first-half mean, with its direction in a symbol and a word. */
function trendWords(s: SlotStats): string {
  if (s.change === null) return ''
  const verdict = s.meaningful ? 'meaningful' : 'no meaningful change'
  if (Math.abs(s.change) < NO_CHANGE_WITHIN) return ' (no change)'
  return s.change < 0
    ? ` (↓ lower by ${formatNumber(Math.abs(s.change), 1)}: ${verdict})`
    : ` (↑ higher by ${formatNumber(s.change, 1)}: ${verdict})`
}

export function StatsRow({ label, stats }: { label: string; stats: SlotStats }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{stats.entries}</td>
      <td>{n1(stats.mean)}</td>
      <td>{n0(stats.worst)}</td>
      <td>
        {n1(stats.firstHalfMean)} → {n1(stats.secondHalfMean)}
        {trendWords(stats)}
      </td>
    </tr>
  )
}

/** A weekly line needs two weeks at least. */
export const hasChart = (weekly: Report['weekly']) => weekly.length >= 2

export function WeeklyChart({ weekly }: { weekly: Report['weekly'] }) {
  if (!hasChart(weekly)) return null
  const points = (key: 'morningPain' | 'eveningPain') =>
    weekly.map((w) => ({ when: `the week of ${day(w.week)}`, value: w[key] }))
  const weeks = { one: 'week', other: 'weeks', at: 'in' } as const
  return (
    <ChartFigure
      className="report__chart"
      // "Export PDF" prints the page as it stands: the chart must be there, wherever it is.
      eager
      title="Weekly mean pain (0–10)"
      headingLevel={4}
      summary={[
        seriesSentence('Morning pain', points('morningPain'), { format: n1, unit: weeks }),
        seriesSentence('Evening pain', points('eveningPain'), { format: n1, unit: weeks }),
      ]}
      legend={[SERIES.morningPain, SERIES.eveningPain]}
      table={{
        rowHeader: 'Week of',
        rows: weekly,
        rowLabel: (w) => day(w.week),
        columns: [
          { label: 'Morning pain', value: (w) => n1(w.morningPain) },
          { label: 'Evening pain', value: (w) => n1(w.eveningPain) },
        ],
      }}
      height={110}
    >
      <LineChart data={[...weekly]} margin={{ top: 6, right: 12, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
        <XAxis dataKey="week" tickFormatter={formatDayMonth} minTickGap={20} />
        <YAxis domain={[0, 10]} ticks={[0, 5, 10]} width={26} />
        {(['morningPain', 'eveningPain'] as const).map((key) => (
          <Line
            key={key}
            dataKey={key}
            {...seriesLine(SERIES[key], { dotRadius: 2.5, markers: weekly.length <= 26 })}
            connectNulls
          />
        ))}
      </LineChart>
    </ChartFigure>
  )
}

export function Peg({ peg }: { peg: Report['peg'] }) {
  const what = 'Weekly PEG score (0–10, the mean of pain, enjoyment of life, general activity)'
  if (!peg) return <li>{what}: none answered</li>
  if (peg.count === 1) {
    return (
      <li>
        {what}: <strong>{n1(peg.latest.score)}</strong> on {day(peg.latest.date)} (1 answer)
      </li>
    )
  }
  return (
    <li>
      {what}: first <strong>{n1(peg.first.score)}</strong> on {day(peg.first.date)}, latest{' '}
      <strong>{n1(peg.latest.score)}</strong> on {day(peg.latest.date)}, mean{' '}
      <strong>{n1(peg.meanScore)}</strong> over {plural(peg.count, 'answer')}:{' '}
      <strong>
        {peg.meaningfulChange
          ? `a meaningful change (${MEANINGFUL_PEG_PERCENT} % or more)`
          : 'no meaningful change'}
      </strong>
    </li>
  )
}

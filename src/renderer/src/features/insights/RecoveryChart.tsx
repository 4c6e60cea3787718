import { formatNumber } from '@shared/format'
import { CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import type { TooltipContentProps } from 'recharts'
import { RECOVERED_DAYS_IN_A_ROW, RECOVERED_PAIN_MAX } from '@shared/clinical/insights'
import type { RecoveryEpisode } from '@shared/domain/insights'
import {
  recentEpisodeStyle,
  SERIES,
  seriesLine,
  type SeriesStyle,
} from '@renderer/components/charts/palette'
import { SeriesMarkers } from '@renderer/components/charts/SeriesMarkers'
import { SeriesSwatch } from '@renderer/components/charts/SeriesLegend'
import { EarlierCurves } from './EarlierCurves'
import { plural } from '@shared/format'
import { InsightFigure } from './InsightFigure'
import {
  CHART_DAYS,
  curveText,
  episodeName,
  recoveryChartData,
  type RecentCurve,
  type RecoveryRow,
} from './recovery-rows'

function RecoveryTooltip({
  active,
  label,
  payload,
  recent,
  styles,
  earlier,
}: Partial<TooltipContentProps> & {
  recent: RecentCurve[]
  styles: SeriesStyle[]
  earlier: number
}) {
  const row = payload?.[0]?.payload as RecoveryRow | undefined
  if (!active || !row) return null
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__date">Day {String(label)}</p>
      <ul>
        {recent.map((r, i) => {
          const value = row[r.key]
          const style = styles[i]
          return (
            <li key={r.key}>
              {style ? <SeriesSwatch style={style} /> : null} {r.label}:{' '}
              <strong>{typeof value === 'number' ? formatNumber(value, 1) : 'no check-in'}</strong>
            </li>
          )
        })}
      </ul>
      {earlier > 0 ? <p>{plural(earlier, 'earlier episode')} in grey.</p> : null}
    </div>
  )
}

function RecoveryTable({ episodes }: { episodes: readonly RecoveryEpisode[] }) {
  return (
    <div className="table-scroll">
      <table className="table insights-table">
        <caption>
          Each episode’s daily mean pain from its first day (– for a day without check-ins), and the
          day it recovered: the first of {RECOVERED_DAYS_IN_A_ROW} days in a row with pain{' '}
          {RECOVERED_PAIN_MAX} or less, or its end.
        </caption>
        <thead>
          <tr>
            <th scope="col">Episode</th>
            <th scope="col">Days</th>
            <th scope="col">Recovered on</th>
            <th scope="col">Pain by day</th>
          </tr>
        </thead>
        <tbody>
          {[...episodes].reverse().map((e) => (
            <tr key={e.id}>
              <th scope="row">{episodeName(e)}</th>
              <td>{e.endedOn === null ? `${e.days} so far` : e.days}</td>
              <td>
                {e.daysToRecovery === null
                  ? 'Not yet'
                  : `Day ${e.daysToRecovery}${e.recoveredBy === 'end' ? ' (its end)' : ''}`}
              </td>
              <td>{curveText(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Every episode's pain curve from its first day, the newest three in colour. */
export function RecoveryChart({ episodes }: { episodes: readonly RecoveryEpisode[] }) {
  const data = recoveryChartData(episodes)
  const styles = data.recent.map((r, i) => recentEpisodeStyle(i, r.label))
  const ticks = Array.from({ length: data.days }, (_, i) => i + 1).filter(
    (d) => data.days <= 14 || d === 1 || d % 7 === 0 || d === data.days,
  )
  const title = 'Pain from the first day of each episode'
  return (
    <InsightFigure
      id="insights-recovery-chart"
      title={title}
      description={`Daily mean pain (0–10) by day of the episode, the newest ${plural(data.recent.length, 'episode')} in colour and the others in grey; gaps are days without check-ins.${data.longer ? ` The chart stops at day ${CHART_DAYS}; the table has every day.` : ''}`}
      legend={[
        ...styles,
        ...(data.earlier.length > 0 ? [SERIES.earlierEpisodes] : []),
        SERIES.recovered,
      ]}
      height={300}
      table={<RecoveryTable episodes={episodes} />}
    >
      {() => (
        <ComposedChart data={data.rows} title={title} margin={{ top: 8, right: 16, bottom: 16 }}>
          <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
          <XAxis
            type="number"
            dataKey="day"
            domain={[1, data.days]}
            ticks={ticks}
            interval={0}
            allowDecimals={false}
            label={{ value: 'Day of the episode', position: 'insideBottom', offset: -12 }}
          />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} interval={0} width={32} />
          <ReferenceLine
            y={RECOVERED_PAIN_MAX}
            className={SERIES.recovered.tone}
            stroke="currentColor"
            strokeDasharray={SERIES.recovered.dash}
          />
          <EarlierCurves episodes={data.earlier} days={data.days} />
          <Tooltip
            content={
              <RecoveryTooltip recent={data.recent} styles={styles} earlier={data.earlier.length} />
            }
            isAnimationActive={false}
          />
          {data.recent.map((r, i) => {
            const style = styles[i] ?? SERIES.pain
            return (
              <Line
                key={r.key}
                dataKey={r.key}
                {...seriesLine(style, { markers: false })}
                activeDot={{ r: 5, fill: 'currentColor', className: style.tone }}
                connectNulls={false}
              />
            )
          })}
          <SeriesMarkers
            rows={data.rows}
            x="day"
            series={data.recent.map((r, i) => ({ key: r.key, style: styles[i] ?? SERIES.pain }))}
          />
        </ComposedChart>
      )}
    </InsightFigure>
  )
}

import { TableScroll } from '@renderer/components/TableScroll'
import { CartesianGrid, ComposedChart, XAxis, YAxis } from 'recharts'
import { OUTCOMES } from '@shared/clinical/experiments/catalogue'
import { resultWords, scaled, unitOf } from '@shared/clinical/experiments/wording'
import { formatShortDay } from '@shared/format'
import type { ExperimentResult } from '@shared/domain/experiment'
import { ChartFigure } from '@renderer/components/charts/ChartFigure'
import { SeriesMarkers } from '@renderer/components/charts/SeriesMarkers'
import type { SeriesStyle } from '@renderer/components/charts/palette'
import { TableHead } from '@renderer/components/TableHead'

type ResultDay = ExperimentResult['days'][number]

const NOT_COUNTED: Record<Exclude<ResultDay['status'], 'counted' | 'upcoming'>, string> = {
  washout: 'Wash-out days (done, not counted)',
  didnt: 'Days you said you did not do the option',
  flare_start: 'Days in the first two days of a spasm episode',
  no_value: 'Days without the entry this measures',
}

const one = (n: number | null) => (n === null ? '—' : (Math.round(n * 10) / 10).toFixed(1))

/**
 * Each option's days as dots (circles and squares, so colour is not the only cue), and means.
 * The dots are one path per option (SeriesMarkers): recharts' Scatter draws a component per day.
 */
export function ExperimentResultView({ result }: { result: ExperimentResult }) {
  const e = result.experiment
  const words = resultWords(result)
  const outcome = OUTCOMES[e.outcome]
  const unit = unitOf(e.outcome)
  const counted = result.days.filter((d) => d.status === 'counted')
  const index = new Map(result.days.map((d, i) => [d.date, i + 1]))
  // One row per counted day: its day of the experiment, its value, and the value again under
  // its option's key, the series the markers draw.
  const points = counted.map((d) => {
    const y = scaled(e.outcome, d.value ?? 0)
    return {
      x: index.get(d.date) ?? 0,
      y,
      a: d.option === 'A' ? y : null,
      b: d.option === 'B' ? y : null,
    }
  })
  const legendA: SeriesStyle = {
    label: `${e.optionA} (circles)`,
    tone: 'tone-t0',
    marker: 'circle',
  }
  const legendB: SeriesStyle = {
    label: `${e.optionB} (squares)`,
    tone: 'tone-t1',
    marker: 'square',
  }
  const reasons = Object.entries(NOT_COUNTED)
    .map(([status, label]) => ({ label, n: result.days.filter((d) => d.status === status).length }))
    .filter((r) => r.n > 0)
  const title = `${outcome.label} on each counted day`
  return (
    <section className="card experiment-result" aria-labelledby={`experiment-result-${e.id}`}>
      <h3 id={`experiment-result-${e.id}`}>
        {result.complete
          ? 'Result'
          : e.status === 'stopped'
            ? 'Result (incomplete: stopped early)'
            : 'Result so far'}
      </h3>
      <div className="experiment-result__words">
        <p>
          <strong>{words.headline}</strong>
        </p>
        {words.chance ? <p>{words.chance}</p> : null}
        <p>{words.meaning}</p>
      </div>
      <TableScroll label={`Each option’s ${outcome.label.toLowerCase()}, as a table`}>
        <table className="table">
          <caption>
            Each option’s {outcome.label.toLowerCase()} ({unit}; lower is better)
          </caption>
          <TableHead columns={['Option', 'Days counted', 'Mean']} />
          <tbody>
            <tr>
              <th scope="row">{e.optionA}</th>
              <td>{result.a.n}</td>
              <td>{one(result.a.mean === null ? null : scaled(e.outcome, result.a.mean))}</td>
            </tr>
            <tr>
              <th scope="row">{e.optionB}</th>
              <td>{result.b.n}</td>
              <td>{one(result.b.mean === null ? null : scaled(e.outcome, result.b.mean))}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      {counted.length > 0 ? (
        <ChartFigure
          title={title}
          headingLevel={4}
          description={`From ${outcome.source}. Each dot is one counted day, by its day of the experiment.`}
          summary={[
            `${counted.length} days counted: ${result.a.n} with “${e.optionA}”, ${result.b.n} with “${e.optionB}”.`,
          ]}
          legend={[legendA, legendB]}
          height={220}
          table={{
            rowHeader: 'Day',
            rows: counted,
            rowLabel: (d) => formatShortDay(d.date),
            columns: [
              { label: 'Option', value: (d) => (d.option === 'A' ? e.optionA : e.optionB) },
              { label: outcome.label, value: (d) => one(scaled(e.outcome, d.value ?? 0)) },
            ],
          }}
        >
          <ComposedChart data={points} margin={{ top: 12, right: 24, bottom: 4 }}>
            <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
            <XAxis
              dataKey="x"
              type="number"
              name="Day"
              domain={[1, result.days.length]}
              allowDecimals={false}
            />
            {/* Its range from every counted day's value, as the dots' own axis would have it. */}
            <YAxis dataKey="y" type="number" name={outcome.label} width={44} />
            <SeriesMarkers
              rows={points}
              x="x"
              series={[
                { key: 'a', style: legendA },
                { key: 'b', style: legendB },
              ]}
              radius={4.5}
            />
          </ComposedChart>
        </ChartFigure>
      ) : null}
      <h4>Which days count</h4>
      <p className="hint">
        A day counts unless it is a wash-out day, you said you did not do its option, it falls in
        the first two days of a spasm episode
        {e.question === 'heat_vs_ice' ? ' (counted here: heat or ice is about those days)' : ''}, or
        the diary has no {outcome.label.toLowerCase()} for it. A day without a “did it” or “didn’t”
        counts as planned.
      </p>
      {reasons.length > 0 ? (
        <ul>
          {reasons.map((r) => (
            <li key={r.label}>
              {r.label}: {r.n}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}

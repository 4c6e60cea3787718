import { FACTORS, ONSET_WINDOW_HOURS } from '@shared/clinical/factors'
import type { FactorsInsight } from '@shared/domain/insights'
import { FactorChart } from './FactorChart'
import { countOf, plural } from '@shared/format'
import { percentText } from './format'

/** What was needed to compare, in words, or why the comparison is not there yet. */
function Needs({ factors: f }: { factors: FactorsInsight }) {
  if (!f.enoughData) {
    return (
      <p className="insights-needs">
        Factors are compared once {f.minimumOnsets} spasms have their “{ONSET_WINDOW_HOURS} hours
        before” checklist answered; this range has {f.onsetsWithData}. Answer it when you start an
        episode, or edit an episode on the Episodes page to add it.
      </p>
    )
  }
  if (f.ordinaryDaysWithData === 0) {
    return (
      <p className="insights-needs">
        To compare with ordinary days, tick what happened today on your evening check-ins, on days
        without a spasm.
      </p>
    )
  }
  return null
}

function FactorTable({ factors: f }: { factors: FactorsInsight }) {
  const cell = (k: number, n: number) =>
    n === 0
      ? 'not recorded'
      : f.enoughData
        ? `${countOf(k, n)} (${percentText(k, n)})`
        : countOf(k, n)
  return (
    <div className="table-scroll">
      <table className="table insights-table">
        <caption>
          How often each factor was ticked: before each spasm that has its checklist answered, and
          on ordinary days (outside episodes) with today’s factors recorded.
          {f.enoughData ? ' Largest difference first.' : ' Not ranked: too few spasms yet.'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col">Before a spasm ({plural(f.onsetsWithData, 'spasm')})</th>
            <th scope="col">On other days ({plural(f.ordinaryDaysWithData, 'day')})</th>
          </tr>
        </thead>
        <tbody>
          {f.rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{FACTORS[row.code].name}</th>
              <td>{cell(row.beforeOnsets, f.onsetsWithData)}</td>
              <td>{cell(row.onOrdinaryDays, f.ordinaryDaysWithData)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Before a spasm: each factor before onsets against ordinary days, with both counts. */
export function FactorsSection({ factors: f }: { factors: FactorsInsight }) {
  const hasData = f.onsetsWithData > 0 || f.ordinaryDaysWithData > 0
  const present = f.rows.filter((row) => row.beforeOnsets > 0)
  return (
    <section className="card insights-section" aria-labelledby="insights-factors">
      <h2 id="insights-factors">Before a spasm</h2>
      <p className="hint">
        What you ticked for the {ONSET_WINDOW_HOURS} hours before each spasm started, against
        ordinary days: days outside episodes with an evening check-in.{' '}
        {countOf(f.onsetsWithData, f.onsets)} spasms in this range have the checklist answered;{' '}
        {countOf(f.ordinaryDaysWithData, f.ordinaryDays)} ordinary days have today’s factors.
      </p>
      <Needs factors={f} />
      {f.enoughData && present.length > 0 ? (
        <ul className="insights-sentences">
          {f.sentences.map((line) => (
            <li key={line.code}>{line.text}</li>
          ))}
        </ul>
      ) : null}
      {f.enoughData && present.length > 0 ? <FactorChart factors={f} /> : null}
      {hasData ? <FactorTable factors={f} /> : null}
    </section>
  )
}

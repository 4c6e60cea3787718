import { EARLY_SIGN_DAYS, EARLY_SIGN_LABELS, earlySignSentence } from '@shared/clinical/insights'
import type { EarlySign, EarlySigns } from '@shared/domain/insights'
import { plural } from '@shared/format'

function observed(sign: EarlySign, side: 'before' | 'baseline'): string {
  const { n, value } = sign[side]
  const unit = sign.sign === 'sleep_interrupted' ? 'day' : 'morning'
  if (value === null) return `no ${unit}s recorded`
  const shown =
    sign.sign === 'stiffness_minutes'
      ? `${Math.round(value)} min`
      : sign.sign === 'morning_pain'
        ? value.toFixed(1)
        : `${Math.round(value * 100)}%`
  return `${shown} (${plural(n, unit)})`
}

/** Early signs: mornings in the days before each spasm against the person's other days. */
export function EarlySignsSection({ earlySigns: s }: { earlySigns: EarlySigns }) {
  const sentences = s.signs
    .map((sign) => earlySignSentence(sign, s))
    .filter((t): t is string => t !== null)
  return (
    <section className="card insights-section" aria-labelledby="insights-early-signs">
      <h2 id="insights-early-signs">Early signs</h2>
      <p className="hint">
        Your morning stiffness, sleep and morning pain in the {EARLY_SIGN_DAYS} days before each
        spasm (days outside episodes), against your other days outside episodes.
      </p>
      {!s.enoughData ? (
        <p className="insights-needs">
          Shown once {s.minimumOnsets} spasms have check-ins in the {EARLY_SIGN_DAYS} days before
          them; this range has {s.onsetsWithData} of {plural(s.onsets, 'spasm')}.
        </p>
      ) : (
        <>
          <ul className="insights-sentences">
            {sentences.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          <div className="table-scroll">
            <table className="table insights-table">
              <caption>
                Means (for sleep, the share of days interrupted) with the mornings or days they rest
                on.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Sign</th>
                  <th scope="col">
                    {EARLY_SIGN_DAYS} days before {plural(s.onsetsWithData, 'spasm')}
                  </th>
                  <th scope="col">Other days</th>
                </tr>
              </thead>
              <tbody>
                {s.signs.map((sign) => (
                  <tr key={sign.sign}>
                    <th scope="row">{EARLY_SIGN_LABELS[sign.sign]}</th>
                    <td>{observed(sign, 'before')}</td>
                    <td>{observed(sign, 'baseline')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}

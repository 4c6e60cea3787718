import { formatNumber } from '@shared/format'
import {
  MEANINGFUL_CHANGE,
  MEANINGFUL_PAIN_FRACTION,
  MIN_RATED_SESSIONS,
  NO_CHANGE_WITHIN,
} from '@shared/clinical/thresholds'
import { ratedWording } from '@shared/clinical/treatment-evidence'
import type { Report } from '@shared/domain/report'
import { treatmentRowLabel } from '@shared/domain/treatment'
import { TableHead } from '@renderer/components/TableHead'
import { TableScroll } from '@renderer/components/TableScroll'
import { percent } from './report-format'

/** before − after as the change a reader expects: "−2.0" when pain went down by 2. */
function painChange(drop: number): string {
  if (Math.abs(drop) < NO_CHANGE_WITHIN) return formatNumber(0, 1)
  return drop > 0 ? `−${formatNumber(drop, 1)}` : `+${formatNumber(-drop, 1)}`
}

export function Treatments({ treatments }: { treatments: Report['treatments'] }) {
  return (
    <div>
      <h3 id="report-treatments">Treatments</h3>
      {treatments.length === 0 ? (
        <p>No treatments logged.</p>
      ) : (
        <TableScroll label="Treatments">
          <table className="report__table">
            <TableHead columns={['Kind', 'Used', 'Rated', 'Pain change', 'Meaningful drop']} />
            <tbody>
              {treatments.map((t) => (
                <tr key={`${t.kind}:${t.name ?? ''}`}>
                  <th scope="row">{treatmentRowLabel(t.kind, t.name)}</th>
                  <td>{t.timesUsed}</td>
                  <td>{ratedWording(t.rated)}</td>
                  <td>
                    {t.effect.status === 'enough_data' ? painChange(t.effect.meanChange) : '—'}
                  </td>
                  <td>
                    {t.effect.status === 'enough_data'
                      ? percent(t.effect.shareMeaningfulDrop)
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  )
}

export function Medications({ medications }: { medications: Report['medications'] }) {
  return (
    <div>
      <h3 id="report-medications">Medications</h3>
      {medications.length === 0 ? (
        <p>No medication logged.</p>
      ) : (
        <TableScroll label="Medications">
          <table className="report__table">
            <TableHead columns={['Medication', 'Times', 'Days used']} />
            <tbody>
              {medications.map((m) => (
                <tr key={m.detail}>
                  <th scope="row">{m.detail || '(not named)'}</th>
                  <td>{m.timesUsed}</td>
                  <td>{m.daysUsed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  )
}

/** What the treatment numbers mean, and the one caveat a reader needs before trusting them. */
export function TreatmentsHint() {
  return (
    <p className="hint report__span">
      Pain change: mean of after − before (0–10) over sessions rated both times; − means it eased.
      Meaningful drop: share of those sessions where pain fell by {MEANINGFUL_CHANGE} points or{' '}
      {Math.round(MEANINGFUL_PAIN_FRACTION * 100)} % or more. Shown from {MIN_RATED_SESSIONS} rated
      sessions. Pain often eases on its own in the days after a flare-up, so a drop after a
      treatment is not proof that it worked.
    </p>
  )
}

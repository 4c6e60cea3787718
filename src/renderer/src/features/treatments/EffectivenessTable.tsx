import {
  MIN_RATED_SESSIONS,
  TREATMENT_KIND_LABELS,
  type KindEffectiveness,
} from '@shared/domain/treatment'
import { MEANINGFUL_CHANGE } from '@shared/scales'
import './treatments.css'
import { TableHead } from '@renderer/components/TableHead'

/** "2.7 points lower": the mean of (before − after), said as a direction in words. */
export function describeChange(meanChange: number): string {
  const rounded = Math.round(meanChange * 10) / 10
  if (rounded === 0) return 'No change'
  const points = Math.abs(rounded).toFixed(1)
  return rounded > 0 ? `${points} points lower` : `${points} points higher`
}

function describeShare(share: number, rated: number): string {
  const drops = Math.round(share * rated)
  return `${Math.round(share * 100)}% (${drops} of ${rated})`
}

/** What works: one row per kind with sessions, computed in SQL by treatments:effectiveness. */
export function EffectivenessTable({ rows }: { rows: KindEffectiveness[] }) {
  if (rows.length === 0) {
    return (
      <p className="empty">
        Nothing logged yet. After three sessions of a kind with pain rated before and after, this
        table shows how much it lowered your pain.
      </p>
    )
  }
  return (
    <div className="table-scroll">
      <table className="effectiveness">
        <caption>
          What works for you: change in pain from before to after each session, by treatment.
          Numbers appear once a treatment has {MIN_RATED_SESSIONS} sessions with pain rated before
          and after.
        </caption>
        <TableHead
          columns={[
            'Treatment',
            'Sessions',
            'Mean change in pain',
            `Pain dropped ${MEANINGFUL_CHANGE}+ points`,
            'Side effects reported',
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.kind}>
              <th scope="row">{TREATMENT_KIND_LABELS[row.kind]}</th>
              <td>
                {row.sessions}
                {row.ratedSessions !== row.sessions ? (
                  <span className="hint"> ({row.ratedSessions} rated)</span>
                ) : null}
              </td>
              {row.effect.status === 'enough_data' ? (
                <>
                  <td>{describeChange(row.effect.meanChange)}</td>
                  <td>{describeShare(row.effect.shareMeaningfulDrop, row.ratedSessions)}</td>
                </>
              ) : (
                <td colSpan={2} className="effectiveness__none">
                  Not enough data: {row.ratedSessions} of {row.effect.minimumRated} sessions rated
                  before and after
                </td>
              )}
              <td>
                {row.sideEffectCount === 0 ? (
                  'None'
                ) : (
                  <>
                    {row.sideEffectCount} {row.sideEffectCount === 1 ? 'session' : 'sessions'}:{' '}
                    {row.sideEffects.join('; ')}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

import { formatNumber, formatPercent } from '@shared/format'
import {
  MIN_RATED_SESSIONS,
  treatmentRowLabel,
  type KindEffectiveness,
} from '@shared/domain/treatment'
import { MEANINGFUL_CHANGE } from '@shared/scales'
import { TableScroll } from '@renderer/components/TableScroll'
import './treatments.css'
import { TableHead } from '@renderer/components/TableHead'

/** "2.7 points lower": the mean of (before − after), said as a direction in words. */
export function describeChange(meanChange: number): string {
  const rounded = Math.round(meanChange * 10) / 10
  if (rounded === 0) return 'No change'
  const points = formatNumber(Math.abs(rounded), 1)
  return rounded > 0 ? `${points} points lower` : `${points} points higher`
}

function describeShare(share: number, rated: number): string {
  const drops = Math.round(share * rated)
  return `${formatPercent(share)} (${drops} of ${rated})`
}

/**
 * What works: one row per kind with sessions and per medication name, summed in SQL by
 * treatments:effectiveness.
 */
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
    <TableScroll label="What works, by treatment">
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
            <tr key={`${row.kind}:${row.name ?? ''}`}>
              <th scope="row">{treatmentRowLabel(row.kind, row.name)}</th>
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
    </TableScroll>
  )
}

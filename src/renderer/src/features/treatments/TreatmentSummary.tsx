import type { Treatment } from '@shared/domain/treatment'

function painChange(entry: Treatment): string | null {
  if (entry.painBefore === null || entry.painAfter === null) return null
  const change = entry.painBefore - entry.painAfter
  if (change === 0) return 'no change'
  return change > 0 ? `${change} lower` : `${-change} higher`
}

/** What a logged session said, in words and numbers. */
export function TreatmentSummary({ entry }: { entry: Treatment }) {
  const change = painChange(entry)
  return (
    <dl className="summary">
      <div>
        <dt>Pain before → after</dt>
        <dd>
          {entry.painBefore ?? '–'} → {entry.painAfter ?? '–'}
          {change ? ` (${change})` : ''}
        </dd>
      </div>
      {entry.durationMinutes !== null ? (
        <div>
          <dt>Duration</dt>
          <dd>{entry.durationMinutes} min</dd>
        </div>
      ) : null}
      {entry.detail ? (
        <div>
          <dt>Details</dt>
          <dd>{entry.detail}</dd>
        </div>
      ) : null}
      {entry.sideEffect !== null ? (
        <div>
          <dt>Side effect</dt>
          <dd>
            <span aria-hidden="true">⚠ </span>
            {entry.sideEffect}
          </dd>
        </div>
      ) : null}
      {entry.notes ? (
        <div className="summary__notes">
          <dt>Notes</dt>
          <dd>{entry.notes}</dd>
        </div>
      ) : null}
    </dl>
  )
}

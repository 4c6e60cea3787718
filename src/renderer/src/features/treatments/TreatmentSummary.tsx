import type { Treatment } from '@shared/domain/treatment'
import { NotesItem, Summary, SummaryItem } from '@renderer/components/Summary'

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
    <Summary>
      <SummaryItem term="Pain before → after">
        {entry.painBefore ?? '–'} → {entry.painAfter ?? '–'}
        {change ? ` (${change})` : ''}
      </SummaryItem>
      {entry.durationMinutes !== null ? (
        <SummaryItem term="Duration">{entry.durationMinutes} min</SummaryItem>
      ) : null}
      {entry.detail ? <SummaryItem term="Details">{entry.detail}</SummaryItem> : null}
      {entry.sideEffect !== null ? (
        <SummaryItem term="Side effect">
          <span aria-hidden="true">⚠ </span>
          {entry.sideEffect}
        </SummaryItem>
      ) : null}
      <NotesItem notes={entry.notes} forDoctor={entry.noteForDoctor} />
    </Summary>
  )
}

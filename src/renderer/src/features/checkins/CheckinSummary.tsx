import { formatTime } from '@shared/format'
import { FACTORS } from '@shared/clinical/factors'
import { symptomListText } from '@shared/clinical/symptoms'
import type { Checkin } from '@shared/domain/checkin'
import { pennFrequencyLabel, pennSeverityLabel } from '@shared/scales'
import { NotesItem, Summary, SummaryItem } from '@renderer/components/Summary'

/** What a saved check-in said, in words and numbers. */
export function CheckinSummary({ entry }: { entry: Checkin }) {
  return (
    <Summary>
      <SummaryItem term="Pain">{entry.pain} / 10</SummaryItem>
      <SummaryItem term="Stiffness">{entry.stiffness} / 10</SummaryItem>
      {entry.stiffnessMinutes !== null ? (
        <SummaryItem term="Stiff for">{entry.stiffnessMinutes} min</SummaryItem>
      ) : null}
      <SummaryItem term="Spasms">
        {pennFrequencyLabel(entry.spasmFrequency)}
        {entry.spasmSeverity !== null ? ` · ${pennSeverityLabel(entry.spasmSeverity)}` : ''}
      </SummaryItem>
      {entry.sleepInterrupted ? <SummaryItem term="Sleep">Interrupted</SummaryItem> : null}
      {entry.symptoms.length > 0 ? (
        <SummaryItem term="Warning signs" wide>
          {symptomListText(entry.symptoms, entry.legSides)}
        </SummaryItem>
      ) : null}
      {entry.factors !== null ? (
        <SummaryItem term="Today" wide>
          {entry.factors.length === 0
            ? 'None of the factors'
            : entry.factors.map((code) => FACTORS[code].today).join('; ')}
        </SummaryItem>
      ) : null}
      <NotesItem notes={entry.notes} forDoctor={entry.noteForDoctor} />
      <SummaryItem term="Recorded" meta>
        {formatTime(new Date(entry.recordedAt))}
      </SummaryItem>
    </Summary>
  )
}

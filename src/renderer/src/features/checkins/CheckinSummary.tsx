import { format, parseISO } from 'date-fns'
import type { Checkin } from '@shared/domain/checkin'
import { pennFrequencyLabel, pennSeverityLabel } from '@shared/scales'
import { FACTORS } from '@shared/clinical/factors'
import { symptomByCode } from '@shared/clinical/symptoms'

/** What a saved check-in said, in words and numbers. */
export function CheckinSummary({ entry }: { entry: Checkin }) {
  return (
    <dl className="summary">
      <div>
        <dt>Pain</dt>
        <dd>{entry.pain} / 10</dd>
      </div>
      <div>
        <dt>Stiffness</dt>
        <dd>{entry.stiffness} / 10</dd>
      </div>
      {entry.stiffnessMinutes !== null ? (
        <div>
          <dt>Stiff for</dt>
          <dd>{entry.stiffnessMinutes} min</dd>
        </div>
      ) : null}
      <div>
        <dt>Spasms</dt>
        <dd>
          {pennFrequencyLabel(entry.spasmFrequency)}
          {entry.spasmSeverity !== null ? ` · ${pennSeverityLabel(entry.spasmSeverity)}` : ''}
        </dd>
      </div>
      {entry.sleepInterrupted ? (
        <div>
          <dt>Sleep</dt>
          <dd>Interrupted</dd>
        </div>
      ) : null}
      {entry.symptoms.length > 0 ? (
        <div className="summary__notes">
          <dt>Warning signs</dt>
          <dd>{entry.symptoms.map((code) => symptomByCode(code)?.label ?? code).join('; ')}</dd>
        </div>
      ) : null}
      {entry.factors !== null ? (
        <div className="summary__notes">
          <dt>Today</dt>
          <dd>
            {entry.factors.length === 0
              ? 'None of the factors'
              : entry.factors.map((code) => FACTORS[code].today).join('; ')}
          </dd>
        </div>
      ) : null}
      {entry.notes ? (
        <div className="summary__notes">
          <dt>Notes</dt>
          <dd>{entry.notes}</dd>
        </div>
      ) : null}
      <div className="summary__meta">
        <dt>Recorded</dt>
        <dd>{format(parseISO(entry.recordedAt), 'HH:mm')}</dd>
      </div>
    </dl>
  )
}

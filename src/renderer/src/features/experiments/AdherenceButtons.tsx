import type { ExperimentDay } from '@shared/domain/experiment'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { useChannelMutation } from '@renderer/lib/channels'
import { useReadOnly } from '@renderer/lib/journal-status'

/**
 * One tap: "did it" or "didn't" for a day of an experiment; the pressed one says so in words
 * (aria-pressed and a tick), and tapping it again clears the answer.
 */
export function AdherenceButtons({
  experimentId,
  day,
  label,
}: {
  experimentId: number
  day: ExperimentDay
  /** Names the group for a screen reader: "Today", "7 Dec". */
  label: string
}) {
  const record = useChannelMutation('experiments:recordDay')
  const readOnly = useReadOnly()
  const answer = (adherence: 'did' | 'didnt') =>
    record.mutate({
      id: experimentId,
      date: day.date,
      adherence: day.adherence === adherence ? 'unrecorded' : adherence,
    })
  return (
    <div className="adherence" role="group" aria-label={`Did you do it? ${label}`}>
      {(['did', 'didnt'] as const).map((value) => (
        <button
          key={value}
          type="button"
          className={
            day.adherence === value
              ? 'button button--small button--primary'
              : 'button button--small'
          }
          aria-pressed={day.adherence === value}
          disabled={record.isPending || readOnly}
          onClick={() => answer(value)}
        >
          {day.adherence === value ? '✓ ' : ''}
          {value === 'did' ? 'Did it' : 'Didn’t'}
        </button>
      ))}
      {record.isError ? <ErrorBanner title="That was not saved." error={record.error} /> : null}
    </div>
  )
}

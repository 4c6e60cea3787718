import { useState } from 'react'
import { OUTCOMES } from '@shared/clinical/experiments/catalogue'
import { formatDay, formatShortDay } from '@shared/format'
import type { ExperimentDay, ExperimentDetail } from '@shared/domain/experiment'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { TableHead } from '@renderer/components/TableHead'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { ExperimentResultView } from './ExperimentResultView'
import { AdherenceButtons } from './AdherenceButtons'

const STATUS_WORDS = {
  planned: 'Planned',
  running: 'Running',
  finished: 'Finished',
  stopped: 'Stopped early',
} as const

const ADHERENCE_WORDS = { did: 'Did it', didnt: 'Didn’t', unrecorded: 'Not recorded' } as const

export const optionName = (
  e: ExperimentDetail | { optionA: string; optionB: string },
  day: ExperimentDay,
) => (day.option === 'A' ? e.optionA : e.optionB)

/** The calendar, shown only when asked for: every day, its option and what was recorded. */
function Calendar({ experiment, today }: { experiment: ExperimentDetail; today: string }) {
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label="The whole calendar, as a table"
    >
      <table className="table">
        <caption className="visually-hidden">The whole calendar</caption>
        <TableHead columns={['Day', 'Pair', 'Option', 'Wash-out', 'Recorded']} />
        <tbody>
          {experiment.days.map((d) => (
            <tr key={d.date} aria-current={d.date === today ? 'date' : undefined}>
              <th scope="row">{formatShortDay(d.date)}</th>
              <td>{d.pair}</td>
              <td>{optionName(experiment, d)}</td>
              <td>{d.washout ? 'Yes, not counted' : 'No'}</td>
              <td>{d.date > today ? '—' : ADHERENCE_WORDS[d.adherence]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** One experiment: how it stands, today's option, the days still to record, the result. */
export function ExperimentView({
  id,
  today,
  onClose,
}: {
  id: number
  today: string
  onClose: () => void
}) {
  const detail = useChannel('experiments:get', { id })
  const result = useChannel('experiments:result', { id })
  const stop = useChannelMutation('experiments:stop')
  const [calendar, setCalendar] = useState(false)
  const [confirmStop, setConfirmStop] = useState(false)
  if (detail.isError)
    return <ErrorBanner title="The experiment could not be shown." error={detail.error} />
  const e = detail.data
  if (!e) return <p role="status">Loading the experiment…</p>
  const open = e.status === 'running' || e.status === 'planned'
  const unrecorded = e.days
    .filter(
      (d) =>
        d.date < today &&
        d.adherence === 'unrecorded' &&
        (e.stoppedOn === null || d.date <= e.stoppedOn),
    )
    .slice(-7)
  return (
    <section className="card experiment" aria-labelledby={`experiment-${id}`}>
      <header className="card__header">
        <h2 id={`experiment-${id}`}>{e.questionLabel}</h2>
        <button type="button" className="button button--small" onClick={onClose}>
          Back to the list
        </button>
      </header>
      <p>
        <span className="badge">{STATUS_WORDS[e.status]}</span> {e.optionA} or {e.optionB}, measured
        by {OUTCOMES[e.outcome].label.toLowerCase()}; {e.pairs} pairs of {e.periodDays}-day periods
        {e.washoutDays > 0
          ? ` (${e.washoutDays} wash-out day${e.washoutDays > 1 ? 's' : ''} each)`
          : ''}
        , {formatDay(e.startsOn)} to {formatDay(e.endsOn)}
        {e.stoppedOn ? `, stopped on ${formatDay(e.stoppedOn)}` : ''}.
      </p>
      {e.today ? (
        <div className="experiment__today">
          <p>
            Today’s option: <strong>{optionName(e, e.today)}</strong>
            {e.today.washout ? ' (a wash-out day: do it, it is not counted)' : ''}
          </p>
          <AdherenceButtons experimentId={id} day={e.today} label="Today" />
        </div>
      ) : null}
      <p>
        Recorded so far: did it on {e.adherence.did} days, didn’t on {e.adherence.didnt}, not
        recorded on {e.adherence.unrecorded}.
      </p>
      {unrecorded.length > 0 ? (
        <>
          <h3>Earlier days not recorded yet</h3>
          <ul className="experiment__missed">
            {unrecorded.map((d) => (
              <li key={d.date}>
                {formatDay(d.date)}: {optionName(e, d)}
                <AdherenceButtons experimentId={id} day={d} label={formatShortDay(d.date)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          aria-expanded={calendar}
          onClick={() => setCalendar((c) => !c)}
        >
          {calendar ? 'Hide the calendar' : 'Show the whole calendar'}
        </button>
        {open && !confirmStop ? (
          <button type="button" className="button" onClick={() => setConfirmStop(true)}>
            Stop early…
          </button>
        ) : null}
      </div>
      {confirmStop && open ? (
        <div className="banner banner--info" role="group" aria-label="Stop early">
          <p>Stop today? The result will use the days so far and say it is incomplete.</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--danger"
              disabled={stop.isPending}
              onClick={() => stop.mutate({ id }, { onSuccess: () => setConfirmStop(false) })}
            >
              Yes, stop it
            </button>
            <button type="button" className="button" onClick={() => setConfirmStop(false)}>
              Keep going
            </button>
          </div>
        </div>
      ) : null}
      {stop.isError ? (
        <ErrorBanner title="The experiment was not stopped." error={stop.error} />
      ) : null}
      {calendar ? <Calendar experiment={e} today={today} /> : null}
      {result.isError ? (
        <ErrorBanner title="The result could not be worked out." error={result.error} />
      ) : null}
      {result.data && e.status !== 'planned' ? <ExperimentResultView result={result.data} /> : null}
    </section>
  )
}

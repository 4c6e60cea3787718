import { useState } from 'react'
import { FACTORS, ONSET_WINDOW_HOURS } from '@shared/clinical/factors'
import { symptomListText } from '@shared/clinical/symptoms'
import { toIsoDate } from '@shared/dates'
import { formatDay } from '@shared/format'
import { SLOT_LABELS } from '@shared/domain/checkin'
import {
  REGION_LABELS,
  SIDE_LABELS,
  TRIGGER_LABELS,
  type EpisodeDetail as Detail,
} from '@shared/domain/episode'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { DateField } from '@renderer/components/form/DateField'
import { checkedInput } from '@renderer/components/form/form-logic'
import { TableScroll } from '@renderer/components/TableScroll'
import { NotesItem, Summary, SummaryItem } from '@renderer/components/Summary'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { dayCount } from './episode-draft'
import { EpisodeChart } from './EpisodeChart'
import { EpisodeFlags } from './EpisodeFlags'
import { EpisodeForm } from './EpisodeForm'
import { progressSentence } from './episode-progress'
import { episodeSpan } from './EpisodeList'
import './episodes.css'
import { TableHead } from '@renderer/components/TableHead'

/** The onset checklist in words: what was ticked, "none of these", or not answered yet. */
function onsetText(answer: Detail['onsetFactors']): string {
  if (answer === null) return 'Not answered yet: edit the episode to add it.'
  if (answer.factors.length === 0) return 'None of these'
  return answer.factors
    .map((code) =>
      code === 'other' && answer.otherNote
        ? `${FACTORS.other.name}: ${answer.otherNote}`
        : FACTORS[code].name,
    )
    .join('; ')
}

function EpisodeFacts({ e }: { e: Detail }) {
  return (
    <Summary>
      <SummaryItem term="Dates">{episodeSpan(e)}</SummaryItem>
      <SummaryItem term="Length">
        {e.days} {e.days === 1 ? 'day' : 'days'}
      </SummaryItem>
      <SummaryItem term="Where">
        {REGION_LABELS[e.region]}, {SIDE_LABELS[e.side].toLowerCase()}
      </SummaryItem>
      <SummaryItem term="Trigger">
        {TRIGGER_LABELS[e.trigger]}
        {e.triggerNote ? ` — ${e.triggerNote}` : ''}
      </SummaryItem>
      <SummaryItem term={`In the ${ONSET_WINDOW_HOURS} hours before`} wide>
        {onsetText(e.onsetFactors)}
      </SummaryItem>
      <NotesItem notes={e.notes} forDoctor={e.noteForDoctor} />
    </Summary>
  )
}

function EpisodeCheckins({ checkins }: { checkins: Detail['checkins'] }) {
  if (checkins.length === 0) return <p className="empty">None yet.</p>
  return (
    <TableScroll label="Check-ins of this episode">
      <table className="table">
        <TableHead columns={['Day', 'Entry', 'Pain', 'Stiffness', 'Warning signs']} />
        <tbody>
          {checkins.map((c) => (
            <tr key={c.id}>
              <td>{formatDay(c.date)}</td>
              <td>{SLOT_LABELS[c.slot]}</td>
              <td>{c.pain} / 10</td>
              <td>{c.stiffness} / 10</td>
              <td>{c.symptoms.length === 0 ? '—' : symptomListText(c.symptoms, c.legSides)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

function useEpisodeActions() {
  return {
    end: useChannelMutation('episodes:end'),
    reopen: useChannelMutation('episodes:reopen'),
    remove: useChannelMutation('episodes:delete'),
  }
}

/** End or reopen, edit, and delete behind a confirmation. */
function EpisodeActions({
  e,
  actions: { end, reopen, remove },
  onEdit,
  onDeleted,
}: {
  e: Detail
  actions: ReturnType<typeof useEpisodeActions>
  onEdit: () => void
  onDeleted: () => void
}) {
  const [confirmDelete, setConfirmDelete] = useState(false)
  const { readOnly } = end
  const [endOn, setEndOn] = useState(toIsoDate(new Date()))
  return (
    <div className="form-actions episode-detail__actions">
      {e.endedOn === null ? (
        <>
          <label htmlFor="episode-end-date">Ended on</label>
          <DateField
            id="episode-end-date"
            value={endOn}
            min={e.startedOn}
            max={toIsoDate(new Date())}
            onChange={setEndOn}
          />
          <button
            type="button"
            className="button button--primary"
            disabled={end.isPending || readOnly}
            onClick={() => end.mutate({ id: e.id, endedOn: endOn })}
          >
            End episode
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button"
          disabled={reopen.isPending || readOnly}
          onClick={() => reopen.mutate({ id: e.id })}
        >
          Reopen episode
        </button>
      )}
      <button type="button" className="button" disabled={readOnly} onClick={onEdit}>
        Edit episode
      </button>
      {confirmDelete ? (
        <span className="confirm" role="group" aria-label="Confirm delete">
          <span>Delete this episode? Its check-ins are kept.</span>
          <button
            type="button"
            className="button button--danger"
            onClick={() => remove.mutate({ id: e.id }, { onSuccess: onDeleted })}
          >
            Yes, delete episode
          </button>
          <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="button button--danger"
          disabled={readOnly}
          onClick={() => setConfirmDelete(true)}
        >
          Delete episode
        </button>
      )}
    </div>
  )
}

/** One episode: its facts, flags, pain curve and check-ins, and what can be done with it. */
export function EpisodeDetail({ id, onClose }: { id: number; onClose: () => void }) {
  const query = useChannel('episodes:get', { id })
  const [editing, setEditing] = useState(false)
  const update = useChannelMutation('episodes:update')
  const actions = useEpisodeActions()
  const failure = actions.end.error ?? actions.reopen.error ?? actions.remove.error
  const e = query.data
  const progress = e ? progressSentence(e) : null
  return (
    <section className="card episode-detail" aria-labelledby="episode-detail">
      <header className="card__header">
        <h2 id="episode-detail">
          {e ? `${REGION_LABELS[e.region]} episode · ${dayCount(e)}` : 'Episode'}
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </header>
      {query.isError ? (
        <ErrorBanner title="This episode could not be loaded." error={query.error} />
      ) : null}
      {failure ? <ErrorBanner title="That did not work." error={failure} /> : null}
      {e && editing ? (
        <EpisodeForm
          episode={e}
          submitLabel="Save episode"
          onSubmit={(draft) =>
            update
              .mutateAsync(checkedInput('episodes:update', { id: e.id, ...draft }))
              .then(() => setEditing(false))
          }
          onCancel={() => setEditing(false)}
        />
      ) : null}
      {e && !editing ? (
        <>
          <EpisodeFacts e={e} />
          {e.flags.length > 0 ? (
            <>
              <h3>Flags</h3>
              <EpisodeFlags flags={e.flags} />
            </>
          ) : (
            <p className="hint">No duration flags for this episode.</p>
          )}
          {progress ? <p className="episode-detail__progress">{progress}</p> : null}
          <EpisodeChart curve={e.curve} />
          <h3>Check-ins ({e.checkins.length})</h3>
          <EpisodeCheckins checkins={e.checkins} />
          <EpisodeActions
            e={e}
            actions={actions}
            onEdit={() => setEditing(true)}
            onDeleted={onClose}
          />
        </>
      ) : null}
    </section>
  )
}

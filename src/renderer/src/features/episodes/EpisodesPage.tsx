import { useState } from 'react'
import { formatDay, toIsoDate } from '../../../shared/dates'
import { SLOT_LABELS } from '../../../shared/domain/checkin'
import {
  REGIONS,
  REGION_LABELS,
  SIDE_LABELS,
  TRIGGER_LABELS,
  type Episode,
  type Region,
} from '../../../shared/domain/episode'
import { AlertsHistory } from '../alerts/AlertsHistory'
import { symptomByCode } from '../../../shared/clinical/symptoms'
import {
  useDeleteEpisode,
  useEndEpisode,
  useEpisode,
  useEpisodes,
  useReopenEpisode,
  useStartEpisode,
  useUpdateEpisode,
} from '../api/episodes.queries'
import { ErrorBanner } from '../components/ErrorBanner'
import { EpisodeChart } from '../episodes/EpisodeChart'
import { EpisodeFlags } from '../episodes/EpisodeFlags'
import { EpisodeForm } from '../episodes/EpisodeForm'
import { LabelledOptions } from '../components/LabelledOptions'

function dayCount(e: Episode): string {
  return e.endedOn === null ? `Day ${e.days}` : `${e.days} ${e.days === 1 ? 'day' : 'days'}`
}

function span(e: Episode): string {
  return e.endedOn === null
    ? `Since ${formatDay(e.startedOn)} · ongoing`
    : `${formatDay(e.startedOn)} – ${formatDay(e.endedOn)}`
}

function StartEpisode({ onStarted }: { onStarted: (id: number) => void }) {
  const [open, setOpen] = useState(false)
  const start = useStartEpisode()
  return (
    <section className="card" aria-labelledby="episode-start">
      <h2 id="episode-start">Start an episode</h2>
      {open ? (
        <EpisodeForm
          submitLabel="Start episode"
          pending={start.isPending}
          onSubmit={(draft, onError) =>
            start.mutate(draft, {
              onSuccess: (e) => {
                setOpen(false)
                onStarted(e.id)
              },
              onError,
            })
          }
          onCancel={() => setOpen(false)}
        />
      ) : (
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
            Start a new episode
          </button>
        </div>
      )}
    </section>
  )
}

function EpisodeDetail({ id, onClose }: { id: number; onClose: () => void }) {
  const query = useEpisode(id)
  const [editing, setEditing] = useState(false)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [endOn, setEndOn] = useState(toIsoDate(new Date()))
  const update = useUpdateEpisode()
  const end = useEndEpisode()
  const reopen = useReopenEpisode()
  const remove = useDeleteEpisode()
  const failure = end.error ?? reopen.error ?? remove.error
  const e = query.data
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
          pending={update.isPending}
          onSubmit={(draft, onError) =>
            update.mutate({ id: e.id, ...draft }, { onSuccess: () => setEditing(false), onError })
          }
          onCancel={() => setEditing(false)}
        />
      ) : null}
      {e && !editing ? (
        <>
          <dl className="summary">
            <div>
              <dt>Dates</dt>
              <dd>{span(e)}</dd>
            </div>
            <div>
              <dt>Length</dt>
              <dd>
                {e.days} {e.days === 1 ? 'day' : 'days'}
              </dd>
            </div>
            <div>
              <dt>Where</dt>
              <dd>
                {REGION_LABELS[e.region]}, {SIDE_LABELS[e.side].toLowerCase()}
              </dd>
            </div>
            <div>
              <dt>Trigger</dt>
              <dd>
                {TRIGGER_LABELS[e.trigger]}
                {e.triggerNote ? ` — ${e.triggerNote}` : ''}
              </dd>
            </div>
            {e.notes ? (
              <div className="summary__notes">
                <dt>Notes</dt>
                <dd>{e.notes}</dd>
              </div>
            ) : null}
          </dl>
          {e.flags.length > 0 ? (
            <>
              <h3>Flags</h3>
              <EpisodeFlags flags={e.flags} />
            </>
          ) : (
            <p className="hint">No duration flags for this episode.</p>
          )}
          <h3>Pain and stiffness</h3>
          <EpisodeChart curve={e.curve} />
          <h3>Check-ins ({e.checkins.length})</h3>
          {e.checkins.length === 0 ? (
            <p className="empty">None yet.</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Entry</th>
                  <th scope="col">Pain</th>
                  <th scope="col">Stiffness</th>
                  <th scope="col">Warning signs</th>
                </tr>
              </thead>
              <tbody>
                {e.checkins.map((c) => (
                  <tr key={c.id}>
                    <td>{formatDay(c.date)}</td>
                    <td>{SLOT_LABELS[c.slot]}</td>
                    <td>{c.pain} / 10</td>
                    <td>{c.stiffness} / 10</td>
                    <td>
                      {c.symptoms.length === 0
                        ? '—'
                        : c.symptoms.map((code) => symptomByCode(code)?.label ?? code).join('; ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="form-actions episode-detail__actions">
            {e.endedOn === null ? (
              <>
                <label htmlFor="episode-end-date">Ended on</label>
                <input
                  id="episode-end-date"
                  type="date"
                  value={endOn}
                  min={e.startedOn}
                  max={toIsoDate(new Date())}
                  onChange={(ev) => setEndOn(ev.target.value)}
                />
                <button
                  type="button"
                  className="button button--primary"
                  disabled={end.isPending}
                  onClick={() => end.mutate({ id: e.id, endedOn: endOn })}
                >
                  End episode
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button"
                disabled={reopen.isPending}
                onClick={() => reopen.mutate(e.id)}
              >
                Reopen episode
              </button>
            )}
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit episode
            </button>
            {confirmDelete ? (
              <span className="confirm" role="group" aria-label="Confirm delete">
                <span>Delete this episode? Its check-ins are kept.</span>
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => remove.mutate(e.id, { onSuccess: onClose })}
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
                onClick={() => setConfirmDelete(true)}
              >
                Delete episode
              </button>
            )}
          </div>
        </>
      ) : null}
    </section>
  )
}

type Show = 'all' | 'ongoing' | 'ended'

export function EpisodesPage() {
  const [show, setShow] = useState<Show>('all')
  const [region, setRegion] = useState<Region | 'all'>('all')
  const list = useEpisodes({
    ...(show === 'all' ? {} : { ongoing: show === 'ongoing' }),
    ...(region === 'all' ? {} : { region }),
  })
  const [selected, setSelected] = useState<number | null>(null)
  const episodes = list.data ?? []
  return (
    <div className="page">
      <header className="page__header">
        <h1>Episodes</h1>
      </header>
      {list.isError ? (
        <ErrorBanner title="Your episodes could not be loaded." error={list.error} />
      ) : null}
      <StartEpisode onStarted={setSelected} />
      {selected !== null ? (
        <EpisodeDetail key={selected} id={selected} onClose={() => setSelected(null)} />
      ) : null}
      <section className="card" aria-labelledby="episode-list">
        <h2 id="episode-list">All episodes</h2>
        <div className="field field--inline">
          <label htmlFor="episodes-show">Show</label>
          <select id="episodes-show" value={show} onChange={(e) => setShow(e.target.value as Show)}>
            <option value="all">All episodes</option>
            <option value="ongoing">Ongoing only</option>
            <option value="ended">Ended only</option>
          </select>
          <label htmlFor="episodes-region">Where</label>
          <select
            id="episodes-region"
            value={region}
            onChange={(e) => setRegion(e.target.value as Region | 'all')}
          >
            <option value="all">Anywhere</option>
            <LabelledOptions values={REGIONS} labels={REGION_LABELS} />
          </select>
        </div>
        {list.isSuccess && episodes.length === 0 ? (
          <p className="empty">
            {show === 'all' && region === 'all'
              ? 'No episodes yet. Start one when a spasm begins.'
              : 'No episodes match.'}
          </p>
        ) : null}
        <ul className="episode-list">
          {episodes.map((e) => (
            <li key={e.id} className="entry">
              <div className="entry__header">
                <h3>
                  {REGION_LABELS[e.region]} · {SIDE_LABELS[e.side].toLowerCase()}
                </h3>
                <span className={`badge ${e.endedOn === null ? 'badge--ongoing' : ''}`}>
                  {e.endedOn === null ? '● Ongoing' : 'Ended'} · {dayCount(e)}
                </span>
                <div className="entry__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-pressed={selected === e.id}
                    onClick={() => setSelected(e.id)}
                  >
                    Open
                    <span className="visually-hidden">
                      {' '}
                      {REGION_LABELS[e.region].toLowerCase()} episode of {formatDay(e.startedOn)}
                    </span>
                  </button>
                </div>
              </div>
              <p className="hint">
                {span(e)} · {e.checkinCount} check-in{e.checkinCount === 1 ? '' : 's'}
              </p>
              <EpisodeFlags flags={e.flags} />
            </li>
          ))}
        </ul>
      </section>
      <AlertsHistory />
    </div>
  )
}

import { useState } from 'react'
import { formatDay } from '@shared/format'
import {
  REGIONS,
  REGION_LABELS,
  SIDE_LABELS,
  type Episode,
  type Region,
} from '@shared/domain/episode'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { LabelledOptions } from '@renderer/components/LabelledOptions'
import { NamedButton } from '@renderer/components/NamedButton'
import { useChannel } from '@renderer/lib/channels'
import { dayCount } from './episode-draft'
import { EpisodeFlags } from './EpisodeFlags'
import './episodes.css'

type Show = 'all' | 'ongoing' | 'ended'

/** "Since Tue 3 Nov 2026 · ongoing" or "3 Nov 2026 – 12 Nov 2026". */
export function episodeSpan(e: Episode): string {
  return e.endedOn === null
    ? `Since ${formatDay(e.startedOn)} · ongoing`
    : `${formatDay(e.startedOn)} – ${formatDay(e.endedOn)}`
}

/** Every episode, newest first, filtered by state and place; each opens its detail. */
export function EpisodeList({
  selected,
  onOpen,
}: {
  selected: number | null
  onOpen: (id: number) => void
}) {
  const [show, setShow] = useState<Show>('all')
  const [region, setRegion] = useState<Region | 'all'>('all')
  const list = useChannel('episodes:list', {
    ...(show === 'all' ? {} : { ongoing: show === 'ongoing' }),
    ...(region === 'all' ? {} : { region }),
  })
  const episodes = list.data ?? []
  return (
    <>
      {list.isError ? (
        <ErrorBanner title="Your episodes could not be loaded." error={list.error} />
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
                  <NamedButton
                    label="Open"
                    names={` ${REGION_LABELS[e.region].toLowerCase()} episode of ${formatDay(e.startedOn)}`}
                    className="button button--small"
                    aria-pressed={selected === e.id}
                    onClick={() => onOpen(e.id)}
                  />
                </div>
              </div>
              <p className="hint">
                {episodeSpan(e)} · {e.checkinCount} check-in{e.checkinCount === 1 ? '' : 's'}
              </p>
              <EpisodeFlags flags={e.flags} />
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}

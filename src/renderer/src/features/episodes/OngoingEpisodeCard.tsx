import { useId, useState } from 'react'
import { formatDay, toIsoDate } from '@shared/dates'
import {
  REGIONS,
  REGION_LABELS,
  SIDES,
  SIDE_LABELS,
  type Region,
  type Side,
} from '@shared/domain/episode'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { LabelledOptions } from '@renderer/components/LabelledOptions'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { EpisodeFlags } from './EpisodeFlags'
import './episodes.css'

/** "Spasm started today" in one click, with where it is preset and changeable. */
function QuickStart({ taken }: { taken: readonly Region[] }) {
  const id = useId()
  // Preset to the first region without an ongoing episode; the person can change it.
  const [region, setRegion] = useState<Region>(
    () => REGIONS.find((r) => !taken.includes(r)) ?? 'lower',
  )
  const [side, setSide] = useState<Side>('central')
  const start = useChannelMutation('episodes:start')
  return (
    <div className="quick-start">
      <button
        type="button"
        className="button button--primary"
        disabled={start.isPending}
        onClick={() => start.mutate({ startedOn: toIsoDate(new Date()), region, side })}
      >
        Spasm started today
      </button>
      <div className="field field--inline">
        <label htmlFor={`${id}-region`}>Where</label>
        <select
          id={`${id}-region`}
          value={region}
          onChange={(e) => setRegion(e.target.value as Region)}
        >
          <LabelledOptions values={REGIONS} labels={REGION_LABELS} />
        </select>
        <label htmlFor={`${id}-side`}>Side</label>
        <select id={`${id}-side`} value={side} onChange={(e) => setSide(e.target.value as Side)}>
          <LabelledOptions values={SIDES} labels={SIDE_LABELS} />
        </select>
      </div>
      {start.error ? (
        <ErrorBanner title="The episode was not started." error={start.error} />
      ) : null}
    </div>
  )
}

/** Today's episode card: each ongoing episode as "Day N" with its flags, and a quick start. */
export function OngoingEpisodeCard() {
  const ongoing = useChannel('episodes:list', { ongoing: true })
  return (
    <section className="card" aria-labelledby="today-episode">
      <header className="card__header">
        <h2 id="today-episode">Spasm episode</h2>
        {ongoing.data && ongoing.data.length > 0 ? (
          <a className="button button--small" href="#/episodes">
            More about this episode
          </a>
        ) : null}
      </header>
      {ongoing.isError ? (
        <ErrorBanner title="Your episodes could not be loaded." error={ongoing.error} />
      ) : null}
      {ongoing.data?.map((e) => (
        <div key={e.id} className="today-episode__current">
          <p className="today-episode__day">
            <strong>Day {e.days}</strong> of your {REGION_LABELS[e.region].toLowerCase()} episode (
            {SIDE_LABELS[e.side].toLowerCase()}), started {formatDay(e.startedOn)}.
          </p>
          <EpisodeFlags flags={e.flags} />
        </div>
      ))}
      {ongoing.data && ongoing.data.length === 0 ? (
        <p className="hint">No ongoing episode.</p>
      ) : null}
      {ongoing.data && ongoing.data.length < REGIONS.length ? (
        <QuickStart
          key={ongoing.data.map((e) => e.region).join()}
          taken={ongoing.data.map((e) => e.region)}
        />
      ) : null}
    </section>
  )
}

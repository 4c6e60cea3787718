import { useId, useState } from 'react'
import { toIsoDate, formatDay } from '../../../shared/dates'
import {
  REGIONS,
  REGION_LABELS,
  SIDES,
  SIDE_LABELS,
  type Region,
  type Side,
} from '../../../shared/domain/episode'
import { AlertBanner } from '../alerts/AlertBanner'
import { useAcknowledgeAlert, useActiveAlerts } from '../api/alerts.queries'
import { useEpisodes, useStartEpisode } from '../api/episodes.queries'
import { ErrorBanner } from '../components/ErrorBanner'
import { EpisodeFlags } from '../episodes/EpisodeFlags'
import { LabelledOptions } from '../components/LabelledOptions'

/** Active alerts, most serious first (the order main answers with), each with its action. */
function Alerts() {
  const alerts = useActiveAlerts()
  const acknowledge = useAcknowledgeAlert()
  if (alerts.isError) {
    return <ErrorBanner title="Alerts could not be checked." error={alerts.error} />
  }
  if (!alerts.data || alerts.data.length === 0) return null
  return (
    <section className="alerts" aria-label="Alerts">
      {acknowledge.error ? (
        <ErrorBanner title="The alert could not be acknowledged." error={acknowledge.error} />
      ) : null}
      {alerts.data.map((alert) => (
        <AlertBanner
          key={alert.key}
          alert={alert}
          busy={acknowledge.isPending}
          onAcknowledge={(key) => acknowledge.mutate(key)}
        />
      ))}
    </section>
  )
}

/** "Spasm started today" in one click, with where it is preset and changeable. */
function QuickStart({ taken }: { taken: readonly Region[] }) {
  const id = useId()
  // Preset to the first region without an ongoing episode; the person can change it.
  const [region, setRegion] = useState<Region>(
    () => REGIONS.find((r) => !taken.includes(r)) ?? 'lower',
  )
  const [side, setSide] = useState<Side>('central')
  const start = useStartEpisode()
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

/** Today's safety net: active alerts, the ongoing episode as "Day N" with its flags. */
export function TodayEpisodeAndAlerts() {
  const ongoing = useEpisodes({ ongoing: true })
  return (
    <div className="today-episode">
      <Alerts />
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
              <strong>Day {e.days}</strong> of your {REGION_LABELS[e.region].toLowerCase()} episode
              ({SIDE_LABELS[e.side].toLowerCase()}), started {formatDay(e.startedOn)}.
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
    </div>
  )
}

import { useState } from 'react'
import { formatDay } from '../../../shared/dates'
import type { Checkin, Slot } from '../../../shared/domain/checkin'
import { SLOT_LABELS } from '../../../shared/domain/checkin'
import { useCheckins } from '../api/checkins.queries'
import { CheckinForm } from '../checkins/CheckinForm'
import { CheckinSummary } from '../checkins/CheckinSummary'
import { ErrorBanner } from '../components/ErrorBanner'
import { useToday } from '../components/useToday'
import { TodayTreatmentCard } from '../treatments/TodayTreatmentCard'
import { TodayEpisodeAndAlerts } from '../today/TodayEpisodeAndAlerts'

function CheckinCard({
  date,
  slot,
  entry,
}: {
  date: string
  slot: 'morning' | 'evening'
  entry?: Checkin | undefined
}) {
  const [editing, setEditing] = useState(false)
  const [justSaved, setJustSaved] = useState(false)
  const title = `${SLOT_LABELS[slot]} check-in`
  const headingId = `card-${slot}`
  return (
    <section className="card" aria-labelledby={headingId}>
      <header className="card__header">
        <h2 id={headingId}>{title}</h2>
        {entry ? (
          <span className="badge badge--done">✓ Saved</span>
        ) : (
          <span className="badge">Not yet</span>
        )}
      </header>
      {entry && !editing ? (
        <>
          <CheckinSummary entry={entry} />
          <div className="form-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setEditing(true)
                setJustSaved(false)
              }}
            >
              Edit {slot} check-in
            </button>
            {justSaved ? (
              <span role="status" className="hint">
                Saved.
              </span>
            ) : null}
          </div>
        </>
      ) : (
        <CheckinForm
          key={`${date}-${slot}-${entry?.id ?? 'new'}`}
          date={date}
          slot={slot}
          entry={entry}
          onSaved={() => {
            setEditing(false)
            setJustSaved(true)
          }}
          onCancel={entry ? () => setEditing(false) : undefined}
        />
      )}
    </section>
  )
}

function FlareUps({ date, entries }: { date: string; entries: Checkin[] }) {
  const [adding, setAdding] = useState(false)
  return (
    <section className="card" aria-labelledby="card-other">
      <header className="card__header">
        <h2 id="card-other">Flare-ups</h2>
        <span className="badge">{entries.length === 0 ? 'None' : `${entries.length} logged`}</span>
      </header>
      <p className="hint">
        A spasm between check-ins? Log it here; it is kept apart from morning and evening.
      </p>
      {entries.map((entry) => (
        <article key={entry.id} className="entry">
          <CheckinSummary entry={entry} />
        </article>
      ))}
      {adding ? (
        <CheckinForm
          date={date}
          slot="other"
          onSaved={() => setAdding(false)}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Log a flare-up
        </button>
      )}
    </section>
  )
}

export function TodayPage() {
  const today = useToday()
  // null = "today", so the page moves to the new day at midnight instead of staying behind.
  const [chosen, setChosen] = useState<string | null>(null)
  const date = chosen ?? today
  const setDate = (value: string) => setChosen(value === today ? null : value)
  const query = useCheckins({ from: date, to: date })
  const entries = query.data ?? []
  const bySlot = (slot: Slot) => entries.find((e) => e.slot === slot)
  return (
    <div className="page">
      <header className="page__header">
        <h1>{date === today ? 'Today' : formatDay(date)}</h1>
        <div className="field field--inline">
          <label htmlFor="today-date">Entries for</label>
          <input
            id="today-date"
            type="date"
            value={date}
            max={today}
            onChange={(e) => setDate(e.target.value || today)}
          />
          {date !== today ? (
            <button type="button" className="button" onClick={() => setDate(today)}>
              Back to today
            </button>
          ) : null}
        </div>
      </header>
      <TodayEpisodeAndAlerts />
      {query.isError ? (
        <ErrorBanner title="Your check-ins could not be loaded." error={query.error} />
      ) : null}
      {query.isPending ? <p role="status">Loading…</p> : null}
      {query.isSuccess ? (
        <div className="card-grid">
          <CheckinCard date={date} slot="morning" entry={bySlot('morning')} />
          <CheckinCard date={date} slot="evening" entry={bySlot('evening')} />
          <FlareUps date={date} entries={entries.filter((e) => e.slot === 'other')} />
          <TodayTreatmentCard />
        </div>
      ) : null}
    </div>
  )
}

import { useState, type ReactNode } from 'react'
import { SLOT_LABELS, type Checkin, type Slot } from '@shared/domain/checkin'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { useChannel } from '@renderer/lib/channels'
import { CheckinForm } from './CheckinForm'
import { CheckinSummary } from './CheckinSummary'
import './checkins.css'

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
  const headingId = `card-${slot}`
  return (
    <section className="card" aria-labelledby={headingId}>
      <header className="card__header">
        <h2 id={headingId}>{`${SLOT_LABELS[slot]} check-in`}</h2>
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

/**
 * One day's check-ins as cards: morning and evening (a form until saved), then flare-ups;
 * `children` joins the same grid once the day has loaded.
 */
export function DayCheckins({ date, children }: { date: string; children?: ReactNode }) {
  const query = useChannel('checkins:list', { from: date, to: date })
  const entries = query.data ?? []
  const bySlot = (slot: Slot) => entries.find((e) => e.slot === slot)
  return (
    <>
      {query.isError ? (
        <ErrorBanner title="Your check-ins could not be loaded." error={query.error} />
      ) : null}
      {query.isPending ? <p role="status">Loading…</p> : null}
      {query.isSuccess ? (
        <div className="card-grid">
          <CheckinCard date={date} slot="morning" entry={bySlot('morning')} />
          <CheckinCard date={date} slot="evening" entry={bySlot('evening')} />
          <FlareUps date={date} entries={entries.filter((e) => e.slot === 'other')} />
          {children}
        </div>
      ) : null}
    </>
  )
}

import { format } from 'date-fns'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { SLOT_LABELS, type Checkin } from '@shared/domain/checkin'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { focusDone, type FocusRequest } from '@renderer/lib/navigation'
import { CheckinForm } from './CheckinForm'
import { CheckinSummary } from './CheckinSummary'
import { dueSlot, minutesNow, type DaySlot } from './due'
import './checkins.css'

const DAY_SLOTS: readonly DaySlot[] = ['morning', 'evening']

/** What to focus once it is on screen; `id` tells two requests for the same thing apart. */
interface FocusTarget {
  what: DaySlot | 'flare-up' | 'flare-saved' | `saved:${DaySlot}` | 'none'
  id: number
  /** Only when nothing else has the focus (the start of the app). */
  gentle?: boolean
}

const nothingFocused = () =>
  document.activeElement === null ||
  document.activeElement === document.body ||
  document.activeElement.id === 'main'

/** Focuses a card's saved summary or its first scale (the answer already chosen, if any). */
function focusInto(root: HTMLElement, target: FocusTarget): boolean {
  if (target.what === 'none') return true
  if (target.gentle && !nothingFocused()) return true
  const [kind, slot] = target.what.split(':') as [string, string | undefined]
  if (kind === 'flare-saved') {
    const last = root.querySelectorAll<HTMLElement>('[data-slot="flare-up"] .entry')
    last[last.length - 1]?.focus()
    return true
  }
  const card = root.querySelector<HTMLElement>(`[data-slot="${slot ?? kind}"]`)
  if (!card) return false
  const summary = card.querySelector<HTMLElement>('.checkin-saved')
  const scale =
    card.querySelector<HTMLInputElement>('fieldset input[type="radio"]:checked') ??
    card.querySelector<HTMLInputElement>('fieldset input[type="radio"]')
  const element = kind === 'saved' ? summary : (scale ?? summary)
  if (!element) return false
  element.focus()
  return true
}

/** "Remind me again": for a due check-in whose reminder is on, put it off for a while. */
function RemindAgain({ slot }: { slot: DaySlot }) {
  const habit = useChannel('reminders:get')
  const snooze = useChannelMutation('reminders:snooze')
  if (!habit.data?.reminders[slot].enabled) return null
  return (
    <p className="remind-again">
      <span>Not now?</span>
      <button
        type="button"
        className="button button--small"
        disabled={snooze.isPending}
        onClick={() => snooze.mutate({ slot })}
      >
        Remind me in {habit.data.snoozeMinutes} minutes
      </button>
      <span role="status" className="hint">
        {snooze.data ? `I will remind you at ${format(new Date(snooze.data.at), 'HH:mm')}.` : ''}
        {snooze.error ? snooze.error.message : ''}
      </span>
    </p>
  )
}

function CheckinCard({
  date,
  slot,
  entry,
  first,
  due,
  justSaved,
  next,
  sameAs,
  onSaved,
}: {
  date: string
  slot: DaySlot
  /** At the top of the day, the width of the page. */
  first: boolean
  entry: Checkin | undefined
  due: boolean
  /** Saved a moment ago: says so, and what comes next. */
  justSaved: boolean
  next: DaySlot | null
  sameAs?: { label: string; entry: Checkin } | undefined
  onSaved: (slot: DaySlot) => void
}) {
  const [editing, setEditing] = useState(false)
  const headingId = `card-${slot}`
  const title = `${SLOT_LABELS[slot]} check-in`
  return (
    <section
      className={`card checkin-card${first ? ' checkin-card--first' : ''}${due ? ' checkin-card--due' : ''}`}
      aria-labelledby={headingId}
      data-slot={slot}
    >
      <header className="card__header">
        <h2 id={headingId}>{title}</h2>
        {entry ? (
          <span className="badge badge--done">✓ Saved</span>
        ) : (
          <span className={due ? 'badge badge--due' : 'badge'}>{due ? 'Due now' : 'Not yet'}</span>
        )}
        {entry && !editing ? (
          // Before the summary, so Tab from the summary goes on to the next check-in.
          <button
            type="button"
            className="button button--small card__header-action"
            onClick={() => setEditing(true)}
          >
            Edit {slot} check-in
          </button>
        ) : null}
      </header>
      {entry && !editing ? (
        <div className="checkin-saved" tabIndex={-1} aria-labelledby={headingId}>
          {justSaved ? (
            <p className="checkin-saved__said" role="status">
              {`${title} saved.`}{' '}
              {next ? `Next: the ${next} check-in, below.` : 'Both check-ins are done for today.'}
            </p>
          ) : null}
          <CheckinSummary entry={entry} />
        </div>
      ) : (
        <CheckinForm
          key={`${date}-${slot}-${String(entry?.id ?? 'new')}`}
          date={date}
          slot={slot}
          entry={entry}
          sameAs={entry ? undefined : sameAs}
          onSaved={() => {
            setEditing(false)
            onSaved(slot)
          }}
          onCancel={entry ? () => setEditing(false) : undefined}
        />
      )}
      {due && !entry ? <RemindAgain slot={slot} /> : null}
    </section>
  )
}

function FlareUps({
  date,
  entries,
  open,
  setOpen,
  onSaved,
}: {
  date: string
  entries: Checkin[]
  open: boolean
  setOpen: (open: boolean) => void
  onSaved: () => void
}) {
  return (
    <section className="card" aria-labelledby="card-other" data-slot="flare-up">
      <header className="card__header">
        <h2 id="card-other">Flare-ups</h2>
        <span className="badge">{entries.length === 0 ? 'None' : `${entries.length} logged`}</span>
      </header>
      <p className="hint">
        A spasm between check-ins? Log it here; it is kept apart from morning and evening.
      </p>
      {entries.map((entry) => (
        <article key={entry.id} className="entry" tabIndex={-1}>
          <CheckinSummary entry={entry} />
        </article>
      ))}
      {open ? (
        <CheckinForm
          date={date}
          slot="other"
          onSaved={() => {
            setOpen(false)
            onSaved()
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Log a flare-up
        </button>
      )}
    </section>
  )
}

interface TodayCheckinsProps {
  date: string
  today: string
  /** Shown below the due check-in, before the rest of the day (the episode, weekly cards). */
  between?: ReactNode
  /** Joins the grid after the flare-ups (the treatment card). */
  after?: ReactNode
  /** Asked for by a reminder, the tray or the app's start: which card to focus. */
  focusRequest?: FocusRequest | null
}

/**
 * The day's check-ins with the one due first (the morning's before the cut-over, else the
 * evening's). After a save, the saved summary takes the focus and says what comes next, with the
 * next due card right after it, one Tab away. On other days, morning then evening.
 */
export function TodayCheckins({
  date,
  today,
  between,
  after,
  focusRequest = null,
}: TodayCheckinsProps) {
  const query = useChannel('checkins:list', { from: date, to: date })
  const entries = query.data ?? []
  const bySlot = (slot: DaySlot) => entries.find((e) => e.slot === slot)
  const isToday = date === today
  const [clock, setClock] = useState(() => minutesNow(new Date()))
  const [justSaved, setJustSaved] = useState<{ slot: DaySlot; date: string } | null>(null)
  const [flareOpen, setFlareOpen] = useState(false)
  const [target, setTarget] = useState<FocusTarget | null>(null)
  const localIds = useRef(0)
  const root = useRef<HTMLDivElement>(null)
  const focused = useRef<number | null>(null)

  const recorded = { morning: !!bySlot('morning'), evening: !!bySlot('evening') }
  const due = isToday ? dueSlot(clock, recorded) : null
  const saved = justSaved?.date === date ? justSaved.slot : null
  const top: DaySlot[] = []
  if (saved) top.push(saved)
  if (due && due !== saved) top.push(due)
  const rest = DAY_SLOTS.filter((slot) => !top.includes(slot))

  // A request from outside is taken once the day has loaded (state from props, during render).
  if (focusRequest && query.isSuccess && target?.id !== focusRequest.id) {
    const asked = focusRequest.focus === 'due' ? (due ?? 'none') : focusRequest.focus
    const what = asked === 'morning' || asked === 'evening' || asked === 'flare-up' ? asked : 'none'
    setTarget({ what, id: focusRequest.id, gentle: focusRequest.focus === 'due' })
    if (what === 'flare-up') setFlareOpen(true)
  }

  useEffect(() => {
    if (!target || focused.current === target.id || !root.current) return
    if (focusInto(root.current, target)) {
      focused.current = target.id
      if (focusRequest?.id === target.id) focusDone(focusRequest)
    }
  })

  const focusNext = (what: FocusTarget['what']) => {
    localIds.current -= 1
    setTarget({ what, id: localIds.current })
  }
  const onSaved = (slot: DaySlot) => {
    setJustSaved({ slot, date })
    setClock(minutesNow(new Date()))
    focusNext(`saved:${slot}`)
  }
  const morning = bySlot('morning')
  const card = (slot: DaySlot, first: boolean) => {
    const recordedAfter = { ...recorded, [slot]: true }
    return (
      <CheckinCard
        key={slot}
        first={first}
        date={date}
        slot={slot}
        entry={bySlot(slot)}
        due={slot === due}
        justSaved={slot === saved}
        next={isToday ? dueSlot(clock, recordedAfter) : null}
        sameAs={
          slot === 'evening' && morning
            ? { label: isToday ? 'Same as this morning' : 'Same as the morning', entry: morning }
            : undefined
        }
        onSaved={onSaved}
      />
    )
  }

  // One grid for every card, so a card moving up after a save keeps what was typed in it.
  return (
    <div ref={root} className="today-checkins">
      {query.isError ? (
        <ErrorBanner title="Your check-ins could not be loaded." error={query.error} />
      ) : null}
      {query.isPending ? <p role="status">Loading…</p> : null}
      {query.isSuccess ? top.map((slot) => card(slot, true)) : null}
      {query.isSuccess && isToday && top.length === 0 ? (
        <p className="today-checkins__done">
          {recorded.morning
            ? '✓ Both check-ins are recorded for today.'
            : '✓ The evening check-in is recorded; the morning one can still be filled in below.'}
        </p>
      ) : null}
      {between ? <div className="today-checkins__between">{between}</div> : null}
      {query.isSuccess ? (
        <>
          {rest.map((slot) => card(slot, false))}
          <FlareUps
            date={date}
            entries={entries.filter((e) => e.slot === 'other')}
            open={flareOpen}
            setOpen={setFlareOpen}
            onSaved={() => focusNext('flare-saved')}
          />
          {after}
        </>
      ) : null}
    </div>
  )
}

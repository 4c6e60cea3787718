import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { SLOT_LABELS, type Checkin } from '@shared/domain/checkin'
import { formatTime } from '@shared/format'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { MoreLine } from '@renderer/components/MoreLine'
import { channelRead, useRead } from '@renderer/lib/channels'
import { focusDone, type FocusRequest } from '@renderer/lib/navigation'
import { CheckinCard, CheckinPanel, type CardFocus } from './CheckinCard'
import { dayStatus, dueSlot, EVENING_CUTOVER, minutesNow, savedValues, type DaySlot } from './due'
import './checkins.css'

const DAY_SLOTS: readonly DaySlot[] = ['morning', 'evening']
const isDaySlot = (focus: string): focus is DaySlot => focus === 'morning' || focus === 'evening'

/** A check-in not on top of the day: where it stands, in a few words. */
function lineStatus(slot: DaySlot, entry: Checkin | undefined): string {
  if (entry) return `✓ saved at ${formatTime(new Date(entry.recordedAt))} · pain ${entry.pain}/10`
  return slot === 'evening' ? `later today, from ${EVENING_CUTOVER}` : 'not recorded yet'
}

interface TodayCheckinsProps {
  date: string
  today: string
  /** Below the check-ins on top of the day: the ongoing episode. */
  between?: ReactNode
  /** More "Also today" lines after the check-ins' own (<MoreLine> elements). */
  more?: ReactNode
  /** Asked for by a reminder, the tray or the app's start: which check-in to focus. */
  focusRequest?: FocusRequest | null
}

/** The check-ins of one day: this card's read (Today prefetches today's). */
export const dayCheckins = (date: string) => channelRead('checkins:list', { from: date, to: date })

/**
 * Today's check-ins by state: the one due (and the one just saved) as cards on top; the other
 * as one line under "Also today" that opens on demand. Every sentence about the day comes from
 * `dayStatus`, fed the same entries the cards show. Other days: morning then evening.
 */
export function TodayCheckins({
  date,
  today,
  between,
  more,
  focusRequest = null,
}: TodayCheckinsProps) {
  const query = useRead(dayCheckins(date))
  const entries = query.data ?? []
  const bySlot = (slot: DaySlot) => entries.find((e) => e.slot === slot)
  const isToday = date === today
  const [clock, setClock] = useState(() => minutesNow(new Date()))
  const [justSaved, setJustSaved] = useState<{ slot: DaySlot; date: string } | null>(null)
  const [asked, setAsked] = useState<DaySlot | null>(null)
  const [openLines, setOpenLines] = useState<readonly DaySlot[]>([])
  const [focus, setFocus] = useState<(CardFocus & { slot: DaySlot }) | null>(null)
  const [takenRequest, setTakenRequest] = useState<number | null>(null)
  // Ids for focus asked from inside (negative: never a request's).
  const localIds = useRef(0)
  const [ignored, setIgnored] = useState<FocusRequest | null>(null)
  // "The due one" when none is due: nothing to focus, and the request is done with.
  useEffect(() => {
    if (ignored) focusDone(ignored)
  }, [ignored])

  // The cut-over comes while the window is open: the evening moves up by itself.
  useEffect(() => {
    const timer = setInterval(() => setClock(minutesNow(new Date())), 60_000)
    return () => clearInterval(timer)
  }, [])

  const recorded = { morning: !!bySlot('morning'), evening: !!bySlot('evening') }
  const due = isToday ? dueSlot(clock, recorded) : null
  const saved = justSaved?.date === date ? justSaved.slot : null
  const top = isToday
    ? DAY_SLOTS.filter((slot) => slot === saved || slot === due || slot === asked)
    : DAY_SLOTS
  const rest = DAY_SLOTS.filter((slot) => !top.includes(slot))

  // A request from outside is taken once the day has loaded (state from props, during render).
  if (focusRequest && query.isSuccess && takenRequest !== focusRequest.id) {
    setTakenRequest(focusRequest.id)
    const slot = focusRequest.focus === 'due' ? due : focusRequest.focus
    if (slot && isDaySlot(slot)) {
      // The due one is put first anyway; only a check-in asked for by name is moved up.
      if (focusRequest.focus !== 'due') setAsked(slot)
      setFocus({ slot, part: 'scale', id: focusRequest.id, gentle: focusRequest.focus === 'due' })
    } else if (focusRequest.focus === 'due') {
      setIgnored(focusRequest)
    }
  }

  const onFocused = useCallback(
    (id: number) => {
      setFocus((f) => (f?.id === id ? null : f))
      if (focusRequest?.id === id) focusDone(focusRequest)
    },
    [focusRequest],
  )
  const onSaved = (slot: DaySlot) => {
    setJustSaved({ slot, date })
    setOpenLines((open) => open.filter((s) => s !== slot))
    setClock(minutesNow(new Date()))
    localIds.current -= 1
    setFocus({ slot, part: 'summary', id: localIds.current })
  }
  // What was saved, then where the day stands (the same state the cards are drawn from).
  const savedSentence = (entry: Checkin | undefined) =>
    entry
      ? `${SLOT_LABELS[entry.slot]} check-in saved: ${savedValues(entry)}. ${isToday ? dayStatus(clock, recorded) : ''}`.trim()
      : null
  const morning = bySlot('morning')
  const panelProps = (slot: DaySlot) => ({
    date,
    slot,
    entry: bySlot(slot),
    said: savedSentence(slot === saved ? bySlot(slot) : undefined),
    sameAs:
      slot === 'evening' && morning
        ? { label: isToday ? 'Same as this morning' : 'Same as the morning', entry: morning }
        : undefined,
    onSaved,
    focus: focus?.slot === slot ? focus : null,
    onFocused,
  })

  return (
    <div className="today-checkins">
      {query.isError ? (
        <ErrorBanner title="Your check-ins could not be loaded." error={query.error} />
      ) : null}
      {query.isPending ? <p role="status">Loading…</p> : null}
      {query.isSuccess
        ? top.map((slot) => <CheckinCard key={slot} {...panelProps(slot)} due={slot === due} />)
        : null}
      {query.isSuccess && isToday && due === null && saved === null ? (
        <p className="today-checkins__done">
          {recorded.morning && recorded.evening ? '✓ ' : ''}
          {dayStatus(clock, recorded)}
        </p>
      ) : null}
      {between}
      <section className="today-more" aria-labelledby="today-more">
        <h2 id="today-more" className="today-more__title">
          Also today
        </h2>
        <ul className="more-lines">
          {query.isSuccess
            ? rest.map((slot) => (
                <MoreLine
                  key={slot}
                  title={`${SLOT_LABELS[slot]} check-in`}
                  status={lineStatus(slot, bySlot(slot))}
                  open={openLines.includes(slot)}
                  onOpenChange={(open) =>
                    setOpenLines((lines) =>
                      open ? [...lines, slot] : lines.filter((s) => s !== slot),
                    )
                  }
                >
                  <CheckinPanel {...panelProps(slot)} />
                </MoreLine>
              ))
            : null}
          {more}
        </ul>
      </section>
    </div>
  )
}

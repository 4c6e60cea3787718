import { useEffect, useRef, useState } from 'react'
import { SLOT_LABELS, type Checkin } from '@shared/domain/checkin'
import { CheckinForm } from './CheckinForm'
import { CheckinSummary } from './CheckinSummary'
import type { DaySlot } from './due'
import { RemindAgain } from './RemindAgain'

/** What to focus in a check-in once it is on screen; `id` tells two requests apart. */
export interface CardFocus {
  /** The saved summary (after a save), or the first scale (its answer, if any). */
  part: 'summary' | 'scale'
  id: number
  /** Only when nothing else has the focus (the app's start). */
  gentle?: boolean
}

const nothingFocused = () =>
  document.activeElement === null ||
  document.activeElement === document.body ||
  document.activeElement.id === 'main'

interface CheckinPanelProps {
  date: string
  slot: DaySlot
  entry: Checkin | undefined
  /** Said above the summary right after a save: what was saved and how the day stands. */
  said: string | null
  sameAs?: { label: string; entry: Checkin } | undefined
  onSaved: (slot: DaySlot) => void
  focus?: CardFocus | null | undefined
  onFocused?: ((id: number) => void) | undefined
}

/** A check-in's summary with "Edit", or its form: the inside of a card or of a Today line. */
export function CheckinPanel({
  date,
  slot,
  entry,
  said,
  sameAs,
  onSaved,
  focus,
  onFocused,
}: CheckinPanelProps) {
  const [editing, setEditing] = useState(false)
  const summary = useRef<HTMLDivElement>(null)
  const formArea = useRef<HTMLDivElement>(null)
  const showForm = !entry || editing
  useEffect(() => {
    if (!focus) return
    const scales = formArea.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]')
    const scale = scales ? ([...scales].find((r) => r.checked) ?? scales[0]) : undefined
    const element = focus.part === 'summary' || !scale ? summary.current : scale
    if (!element) return
    if (!focus.gentle || nothingFocused()) element.focus()
    onFocused?.(focus.id)
  }, [focus, onFocused, showForm])
  const title = `${SLOT_LABELS[slot]} check-in`
  if (!showForm) {
    return (
      <>
        <button
          type="button"
          className="button button--small checkin-panel__edit"
          onClick={() => setEditing(true)}
        >
          Edit {slot} check-in
        </button>
        <div ref={summary} className="checkin-saved" tabIndex={-1} aria-label={title}>
          {said ? (
            <p className="checkin-saved__said" role="status">
              {said}
            </p>
          ) : null}
          <CheckinSummary entry={entry} />
        </div>
      </>
    )
  }
  return (
    <div ref={formArea}>
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
    </div>
  )
}

/** A check-in as a card of its own: the one due (or just saved) at the top of Today. */
export function CheckinCard(props: CheckinPanelProps & { due: boolean }) {
  const { slot, entry, due } = props
  const headingId = `card-${slot}`
  return (
    <section
      className={`card checkin-card${due ? ' checkin-card--due' : ''}`}
      aria-labelledby={headingId}
      data-slot={slot}
    >
      <header className="card__header">
        <h2 id={headingId}>{SLOT_LABELS[slot]} check-in</h2>
        {entry ? (
          <span className="badge badge--done">✓ Saved</span>
        ) : due ? (
          <span className="badge badge--due">Due now</span>
        ) : null}
      </header>
      <CheckinPanel {...props} />
      {due && !entry ? <RemindAgain slot={slot} /> : null}
    </section>
  )
}
